import { elementwiseMergeLayer } from './elementwise-merge';

export const addLayer = elementwiseMergeLayer('add', 'Add');
