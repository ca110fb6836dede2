import { pooling1dLayer } from './pooling';

export const averagePooling1dLayer = pooling1dLayer('averagePooling1d', 'AveragePooling1D');
