import { floatField } from '../param-fields';
import { activationKindLayer } from './activation-layers';

export const leakyReluLayer = activationKindLayer(
  'leakyRelu',
  {
    className: 'LeakyReLU',
    tfjsFactory: 'leakyReLU',
    // Keras 3 calls the slope negative_slope.
    codecs: { alpha: { key: 'alpha', toKeras: (value) => value as number, fromKeras: (value, config) => value ?? config.negative_slope ?? undefined } },
  },
  { alpha: floatField({ default: 0.3, min: 0, max: 1, step: 0.01 }) },
);
