import { poolingLayer } from './pooling';

export const averagePooling2dLayer = poolingLayer(
  'averagePooling2d',
  { en: 'AveragePooling2D', es: 'AveragePooling2D (average pooling)' },
  {
    en: 'Replaces each window (usually 2×2) of every feature map by its average. Like max-pooling it shrinks the feature maps and the computation, but it smooths the features instead of keeping only the strongest one. Use it after convolutional layers.',
    es: 'Reemplaza cada ventana (normalmente 2×2) de cada mapa de características por su promedio. Como el max-pooling, reduce el tamaño espacial y la cantidad de cálculos, pero suaviza las características en lugar de quedarse solo con la más fuerte. Úsala después de las capas convolucionales.',
  },
);
