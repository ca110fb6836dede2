import { globalPoolingLayer } from './pooling';

export const globalAveragePooling2dLayer = globalPoolingLayer('globalAveragePooling2d', 'GlobalAveragePooling2D', 2);
