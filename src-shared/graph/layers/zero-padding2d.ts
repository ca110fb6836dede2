import { sidesCodec } from '../keras/keras-codecs';
import { defineLayer, NO_PARAMS } from '../layer-definition';
import { intListField, MAX_DIMENSION } from '../param-fields';
import { requireImageInput } from './spatial-shape';

export const zeroPadding2dLayer = defineLayer({
  kind: 'zeroPadding2d',
  category: 'reshape',
  keras: { className: 'ZeroPadding2D', tfjsFactory: 'zeroPadding2d', codecs: { padding: sidesCodec('padding') } },
  // [top, bottom, left, right]
  fields: { padding: intListField({ default: [1, 1, 1, 1], length: 4, min: 0, max: MAX_DIMENSION }) },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const [height, width, channels] = requireImageInput('ZeroPadding2D', input);
    const [top, bottom, left, right] = params.padding;
    return [height + top + bottom, width + left + right, channels];
  },
  paramCount: () => NO_PARAMS,
});
