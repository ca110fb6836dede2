import { globalPoolingLayer } from './pooling';

export const globalAveragePooling1dLayer = globalPoolingLayer('globalAveragePooling1d', 'GlobalAveragePooling1D', 1);
