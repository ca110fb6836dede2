import type { LayerDefinition, Localized } from '../layer-definition';
import { pairParam, paddingParam } from './shared-params';
import { requireImageInput, windowOutputSize } from './spatial-shape';

// Max and average pooling differ only in what they compute, not in shapes or parameters, so both
// definitions come from this one description.

const POOL_WORD = { en: 'pool window', es: 'la ventana de pooling' };

export function poolingLayer(kind: string, title: Localized, help: Localized): LayerDefinition {
  return {
    kind,
    category: 'pooling',
    title,
    help,
    params: [
      pairParam(
        'poolSize',
        [2, 2],
        { en: 'Pool size', es: 'Tamaño del pool' },
        {
          en: 'Height and width of the window combined into one value; 2×2 halves the height and the width.',
          es: 'Alto y ancho de la ventana que se combina en un solo valor; 2×2 reduce el alto y el ancho a la mitad.',
        },
      ),
      pairParam(
        'strides',
        [2, 2],
        { en: 'Stride', es: 'Stride' },
        {
          en: 'Step of the window. Usually equal to the pool size, so windows do not overlap.',
          es: 'Paso de la ventana. Normalmente igual al tamaño del pool, para que las ventanas no se superpongan.',
        },
      ),
      paddingParam,
    ],
    inputs: { min: 1, max: 1 },
    outputShape: ([input], params) => {
      const image = requireImageInput(title.en, input);
      const [height, width] = windowOutputSize(title.en, POOL_WORD, image, params.poolSize as number[], params.strides as number[], params.padding as string);
      return [height, width, image[2]];
    },
    paramCount: () => 0,
  };
}
