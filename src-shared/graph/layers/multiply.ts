import { elementwiseMergeLayer } from './elementwise-merge';

export const multiplyLayer = elementwiseMergeLayer('multiply', 'Multiply');
