import type { LayerDefinition } from '../layer-definition';
import { requireImageInput } from './spatial-shape';

export const globalAveragePooling2dLayer: LayerDefinition = {
  kind: 'globalAveragePooling2d',
  category: 'pooling',
  title: { en: 'GlobalAveragePooling2D', es: 'GlobalAveragePooling2D (promedio global)' },
  help: {
    en: 'Averages each whole feature map into a single number, turning (height, width, channels) into a flat vector with one value per channel. A lighter alternative to Flatten at the end of a CNN: the next Dense layer gets far fewer parameters. Common in transfer-learning networks such as ResNet and Inception.',
    es: 'Promedia cada mapa de características completo en un solo número: convierte (alto, ancho, canales) en un vector plano con un valor por canal. Es una alternativa más liviana a Flatten al final de una CNN: la capa Dense siguiente tiene muchos menos parámetros. Es común en redes de transfer learning como ResNet e Inception.',
  },
  params: [],
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [requireImageInput('GlobalAveragePooling2D', input)[2]],
  paramCount: () => 0,
};
