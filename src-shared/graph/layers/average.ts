import { elementwiseMergeLayer } from './elementwise-merge';

export const averageLayer = elementwiseMergeLayer('average', 'Average');
