import { defineLayer, NO_PARAMS } from '../layer-definition';
import { enumField, pairField } from '../param-fields';
import { shapeSize } from '../shape';
import { requireImageInput } from './spatial-shape';

export const upSampling2dLayer = defineLayer({
  kind: 'upSampling2d',
  category: 'reshape',
  keras: { className: 'UpSampling2D', tfjsFactory: 'upSampling2d' },
  fields: { size: pairField([2, 2]), interpolation: enumField(['nearest', 'bilinear'], 'nearest') },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const [height, width, channels] = requireImageInput('UpSampling2D', input);
    return [height * params.size[0], width * params.size[1], channels];
  },
  paramCount: () => NO_PARAMS,
  flops: (_inputs, params, output) => (params.interpolation === 'bilinear' ? 4 * shapeSize(output) : 0),
});
