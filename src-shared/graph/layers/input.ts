import type { LayerDefinition } from '../layer-definition';
import { MAX_DIMENSION } from './shared-params';

export const inputLayer: LayerDefinition = {
  kind: 'input',
  category: 'io',
  title: { en: 'Input', es: 'Entrada' },
  help: {
    en: 'The input layer: where the data enters the network. Its shape is the shape of one example without the batch: [4] for a table with 4 features, [28, 28, 1] for a 28×28 grayscale image, [64, 64, 3] for a color (RGB) one. Every model has exactly one, and its shape must match the dataset.',
    es: 'La capa de entrada: por aquí entran los datos a la red. Su forma es la de un ejemplo sin el batch: [4] para una tabla con 4 features, [28, 28, 1] para una imagen de 28×28 en escala de grises, [64, 64, 3] para una imagen a color (RGB). Cada modelo tiene exactamente una, y su forma debe coincidir con la del dataset.',
  },
  params: [
    {
      name: 'shape',
      type: 'ints',
      default: [1],
      min: 1,
      max: MAX_DIMENSION,
      label: { en: 'Shape', es: 'Forma' },
      help: {
        en: 'Size of one example, without the batch dimension: [features] for tables, [height, width, channels] for images.',
        es: 'Tamaño de un ejemplo, sin la dimensión del batch: [features] para tablas, [alto, ancho, canales] para imágenes.',
      },
    },
  ],
  inputs: { min: 0, max: 0 },
  outputShape: (_inputShapes, params) => [...(params.shape as number[])],
  paramCount: () => 0,
};
