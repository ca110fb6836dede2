import { pooling1dLayer } from './pooling';

export const maxPooling1dLayer = pooling1dLayer('maxPooling1d', 'MaxPooling1D');
