import { sidesCodec } from '../keras/keras-codecs';
import { defineLayer, NO_PARAMS } from '../layer-definition';
import { intListField, MAX_DIMENSION } from '../param-fields';
import { ShapeError } from '../shape';
import { requireImageInput } from './spatial-shape';

export const cropping2dLayer = defineLayer({
  kind: 'cropping2d',
  category: 'reshape',
  keras: { className: 'Cropping2D', tfjsFactory: 'cropping2D', codecs: { cropping: sidesCodec('cropping') } },
  // [top, bottom, left, right]
  fields: { cropping: intListField({ default: [0, 0, 0, 0], length: 4, min: 0, max: MAX_DIMENSION }) },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const [height, width, channels] = requireImageInput('Cropping2D', input);
    const [top, bottom, left, right] = params.cropping;
    const size = [height - top - bottom, width - left - right];
    if (size[0] >= 1 && size[1] >= 1) return [size[0], size[1], channels];
    throw new ShapeError({
      reason: 'dimension-to-zero',
      message: {
        en: `Cropping2D removes ${top + bottom}×${left + right} pixels from a ${height}×${width} input, leaving nothing`,
        es: `Cropping2D quita ${top + bottom}×${left + right} píxeles de una entrada de ${height}×${width} y no deja nada`,
      },
      fix: { en: `crop less than ${height} rows and ${width} columns in total`, es: `recorta en total menos de ${height} filas y ${width} columnas` },
    });
  },
  paramCount: () => NO_PARAMS,
});
