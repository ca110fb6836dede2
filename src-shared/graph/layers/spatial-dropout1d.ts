import { dropoutKindLayer } from './dropouts';
import { requireSequenceInput } from './spatial-shape';

export const spatialDropout1dLayer = dropoutKindLayer('spatialDropout1d', { className: 'SpatialDropout1D', tfjsFactory: 'spatialDropout1d', required: ['rate'] }, (input) =>
  requireSequenceInput('SpatialDropout1D', input),
);
