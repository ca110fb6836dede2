import { poolingLayer } from './pooling';

export const maxPooling2dLayer = poolingLayer(
  'maxPooling2d',
  { en: 'MaxPooling2D', es: 'MaxPooling2D (max-pooling)' },
  {
    en: 'Keeps the largest value of each window (usually 2×2) of every feature map. It shrinks the feature maps and the computation while keeping the most important features, makes the network tolerant to small shifts and distortions of the image, and helps control overfitting. Use it after convolutional layers.',
    es: 'Conserva el valor máximo de cada ventana (normalmente 2×2) de cada mapa de características. Reduce el tamaño espacial y la cantidad de cálculos condensando los mapas y conservando las características más importantes, hace la red invariante a pequeñas transformaciones y distorsiones de la imagen, y ayuda a controlar el overfitting. Úsala después de las capas convolucionales.',
  },
);
