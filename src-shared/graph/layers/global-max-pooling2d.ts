import { globalPoolingLayer } from './pooling';

export const globalMaxPooling2dLayer = globalPoolingLayer('globalMaxPooling2d', 'GlobalMaxPooling2D', 2);
