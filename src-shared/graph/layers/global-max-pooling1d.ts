import { globalPoolingLayer } from './pooling';

export const globalMaxPooling1dLayer = globalPoolingLayer('globalMaxPooling1d', 'GlobalMaxPooling1D', 1);
