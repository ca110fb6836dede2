import { pooling2dLayer } from './pooling';

export const averagePooling2dLayer = pooling2dLayer('averagePooling2d', 'AveragePooling2D');
