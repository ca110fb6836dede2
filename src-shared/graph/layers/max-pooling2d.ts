import { pooling2dLayer } from './pooling';

export const maxPooling2dLayer = pooling2dLayer('maxPooling2d', 'MaxPooling2D');
