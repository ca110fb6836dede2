import { dropoutKindLayer } from './dropouts';
import { requireImageInput } from './spatial-shape';

// tfjs 4.22 has no SpatialDropout2D: the studio registers its own class (src-main/training/model/custom-layers)
// and exports it as the Dropout with noise_shape (batch, 1, 1, channels) it is equivalent to.
export const spatialDropout2dLayer = dropoutKindLayer('spatialDropout2d', { className: 'SpatialDropout2D', tfjsFactory: 'spatialDropout2d', required: ['rate'] }, (input) =>
  requireImageInput('SpatialDropout2D', input),
);
