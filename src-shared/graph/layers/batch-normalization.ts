import type { LayerDefinition } from '../layer-definition';

export const batchNormalizationLayer: LayerDefinition = {
  kind: 'batchNormalization',
  category: 'normalization',
  title: { en: 'BatchNormalization', es: 'BatchNormalization (normalización por batch)' },
  help: {
    en: 'Normalizes the outputs of the previous layer over each batch to mean 0 and standard deviation 1, then rescales them with two learned values per channel. It stabilizes learning, cuts the number of epochs deep networks need, and makes them less sensitive to the initial weights. Use it before the ReLU activation (Conv2D → BatchNormalization → ReLU). It already regularizes a little, so it is seldom combined with Dropout.',
    es: 'Normaliza las salidas de la capa anterior en cada batch para que tengan media 0 y desviación estándar 1, y luego las reescala con dos valores aprendidos por canal. Estabiliza el proceso de aprendizaje, reduce la cantidad de épocas que necesitan las redes profundas y las hace menos sensibles a la inicialización de pesos. Úsala antes de la activación ReLU (Conv2D → BatchNormalization → ReLU). Ya tiene cierto efecto de regularización, por eso no se recomienda mucho combinarla con Dropout.',
  },
  params: [
    {
      name: 'momentum',
      type: 'float',
      default: 0.99,
      min: 0,
      max: 1,
      step: 0.01,
      label: { en: 'Momentum', es: 'Momentum' },
      help: {
        en: 'How slowly the moving mean and variance (used for predictions) follow the batches; closer to 1 = slower and smoother.',
        es: 'Qué tan lento siguen a los batches la media y la varianza móviles (las que se usan para predecir); más cerca de 1 = más lento y suave.',
      },
    },
    {
      name: 'epsilon',
      type: 'float',
      default: 0.001,
      min: 0,
      max: 1,
      exclusiveMin: true,
      step: 0.0001,
      label: { en: 'Epsilon', es: 'Epsilon' },
      help: {
        en: 'Small number added to the variance so it never divides by zero.',
        es: 'Número pequeño que se suma a la varianza para no dividir nunca por cero.',
      },
    },
  ],
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [...input],
  // gamma and beta are trained; the moving mean and variance are not, but tfjs counts all four.
  paramCount: ([input]) => 4 * input[input.length - 1],
};
