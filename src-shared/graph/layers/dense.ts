import type { LayerDefinition } from '../layer-definition';
import { formatShape, ShapeError } from '../shape';
import { activationParam, useBiasParam } from './shared-params';

function flatInputSize(inputShape: number[]): number {
  if (inputShape.length === 1) return inputShape[0];
  const got = formatShape(inputShape);
  throw new ShapeError(
    `Dense expects a flat input but gets ${got}`,
    'add Flatten before it',
    'agrega una capa Flatten antes',
    `Dense espera una entrada plana pero recibe ${got}`,
  );
}

export const denseLayer: LayerDefinition = {
  kind: 'dense',
  category: 'core',
  title: { en: 'Dense (fully connected)', es: 'Dense (completamente conectada)' },
  help: {
    en: 'A fully connected layer: every neuron receives all the outputs of the previous layer, computes a weighted sum plus a bias (y = f(Σ wᵢxᵢ + b)) and applies its activation function. Use it for tables, for the hidden layers of a multilayer perceptron (MLP) and as the classifier at the end of a CNN, after Flatten. The last Dense layer is usually the output layer: one neuron per class with softmax, or one linear neuron for regression.',
    es: 'Capa completamente conectada: cada neurona recibe todas las salidas de la capa anterior, calcula una suma ponderada más el bias (y = f(Σ wᵢxᵢ + b)) y aplica su función de activación. Úsala con tablas, en las capas ocultas de un perceptrón multicapa (MLP) y como clasificador al final de una CNN, después de Flatten. La última Dense suele ser la capa de salida: una neurona por clase con softmax, o una neurona lineal para regresión.',
  },
  params: [
    {
      name: 'units',
      type: 'int',
      default: 32,
      min: 1,
      label: { en: 'Units (neurons)', es: 'Unidades (neuronas)' },
      help: {
        en: 'Number of neurons, which is the size of the output. More neurons can learn more complex patterns, but add weights and overfit more easily. In the output layer: the number of classes, or 1 for regression.',
        es: 'Cantidad de neuronas, que es el tamaño de la salida. Más neuronas pueden aprender patrones más complejos, pero agregan pesos y facilitan el overfitting. En la capa de salida: la cantidad de clases, o 1 para regresión.',
      },
    },
    activationParam('linear'),
    useBiasParam,
  ],
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    flatInputSize(input);
    return [params.units as number];
  },
  paramCount: ([input], params) => {
    const units = params.units as number;
    return flatInputSize(input) * units + (params.useBias ? units : 0);
  },
};
