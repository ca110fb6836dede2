import type { LayerDefinition } from '../layer-definition';
import { activationParam } from './shared-params';

export const activationLayer: LayerDefinition = {
  kind: 'activation',
  category: 'core',
  title: { en: 'Activation', es: 'Activación' },
  help: {
    en: 'Applies an activation function to its input, without weights. Its purpose is to introduce non-linearity. Useful after BatchNormalization (Conv2D → BatchNormalization → ReLU), or to add softmax after a layer that has none.',
    es: 'Aplica una función de activación a su entrada, sin pesos. Su propósito es introducir no-linealidad. Es útil después de BatchNormalization (Conv2D → BatchNormalization → ReLU) o para agregar softmax después de una capa que no la tiene.',
  },
  params: [activationParam('relu')],
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [...input],
  paramCount: () => 0,
};
