import type { LayerDefinition } from '../layer-definition';
import { activationParam, pairParam, paddingParam, useBiasParam } from './shared-params';
import { requireImageInput, windowOutputSize } from './spatial-shape';

const KERNEL_WORD = { en: 'kernel', es: 'el kernel' };

export const conv2dLayer: LayerDefinition = {
  kind: 'conv2d',
  category: 'convolution',
  title: { en: 'Conv2D (convolution)', es: 'Conv2D (convolución)' },
  help: {
    en: 'A convolutional layer: slides small filters (kernels) over the image and produces one feature map per filter. The kernel values are not set by hand: the network learns them. It detects and extracts features (edges and lines in the first layers, shapes and patterns in deeper ones) with far fewer parameters than a fully connected layer, and what it learns does not depend on where things are in the image. Use it on images, usually followed by a pooling layer.',
    es: 'Capa convolucional: desliza filtros (kernels) pequeños sobre la imagen y produce un mapa de características (feature map) por filtro. Los valores del kernel no se configuran a mano: los aprende la red. Detecta y extrae features (bordes y líneas en las primeras capas, formas y patrones en las más profundas) con muchos menos parámetros que una capa completamente conectada, y los patrones que aprende son invariantes a la traslación. Úsala con imágenes, normalmente seguida de una capa de pooling.',
  },
  params: [
    {
      name: 'filters',
      type: 'int',
      default: 32,
      min: 1,
      label: { en: 'Filters', es: 'Filtros' },
      help: {
        en: 'Number of kernels, and so of feature maps in the output. CNNs usually grow it block after block (16, 32, 64…).',
        es: 'Cantidad de kernels y, por lo tanto, de mapas de características en la salida. En una CNN suele crecer bloque a bloque (16, 32, 64…).',
      },
    },
    pairParam(
      'kernelSize',
      [3, 3],
      { en: 'Kernel size', es: 'Tamaño del kernel' },
      {
        en: 'Height and width of each filter, e.g. 3×3. A larger kernel sees a bigger region of the image (receptive field) but has more weights.',
        es: 'Alto y ancho de cada filtro, por ejemplo 3×3. Un kernel más grande ve una región mayor de la imagen (campo receptivo) pero tiene más pesos.',
      },
    ),
    pairParam(
      'strides',
      [1, 1],
      { en: 'Stride', es: 'Stride' },
      {
        en: 'Step of the kernel as it moves across the input. A larger stride gives a smaller output: (input − kernel + 2 × padding) / stride + 1.',
        es: 'Tamaño de paso con que se mueve el kernel sobre la entrada. Un stride mayor reduce el tamaño de la salida: (entrada − kernel + 2 × padding) / stride + 1.',
      },
    ),
    paddingParam,
    activationParam('linear'),
    useBiasParam,
  ],
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const image = requireImageInput('Conv2D', input);
    const [height, width] = windowOutputSize('Conv2D', KERNEL_WORD, image, params.kernelSize as number[], params.strides as number[], params.padding as string);
    return [height, width, params.filters as number];
  },
  paramCount: ([input], params) => {
    const [, , channels] = requireImageInput('Conv2D', input);
    const [kh, kw] = params.kernelSize as number[];
    const filters = params.filters as number;
    return kh * kw * channels * filters + (params.useBias ? filters : 0);
  },
};
