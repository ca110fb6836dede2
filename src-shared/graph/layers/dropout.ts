import type { LayerDefinition } from '../layer-definition';

export const dropoutLayer: LayerDefinition = {
  kind: 'dropout',
  category: 'regularization',
  title: { en: 'Dropout', es: 'Dropout' },
  help: {
    en: 'Randomly switches off a fraction of the neurons during training to reduce overfitting: switched-off neurons take part in neither the forward pass nor backpropagation, so the others learn not to depend on them too much. It changes nothing at inference time. Put it after Dense layers, with a rate around 0.2–0.5.',
    es: 'Apaga al azar una fracción de neuronas durante el entrenamiento para reducir el overfitting: las neuronas desactivadas no participan ni del forward ni del backpropagation, lo que obliga a las demás a no depender tanto de ellas. No cambia nada en la inferencia. Colócala después de capas Dense, con una tasa de entre 0.2 y 0.5.',
  },
  params: [
    {
      name: 'rate',
      type: 'float',
      default: 0.5,
      min: 0,
      max: 1,
      exclusiveMax: true,
      step: 0.05,
      label: { en: 'Rate', es: 'Tasa (rate)' },
      help: {
        en: 'Fraction of the neurons switched off at each training step, from 0 up to (not including) 1. Higher = more regularization.',
        es: 'Fracción de neuronas que se apagan en cada paso de entrenamiento, de 0 hasta 1 (sin incluirlo). Más alta = más regularización.',
      },
    },
  ],
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => [...input],
  paramCount: () => 0,
};
