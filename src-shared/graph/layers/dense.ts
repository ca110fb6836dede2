import { defineLayer, trainable } from '../layer-definition';
import { intField, MAX_DIMENSION } from '../param-fields';
import { formatShape, ShapeError, type Shape } from '../shape';
import { activationField, kernelFields } from './shared-params';

/**
 * Dense works on the last axis, so a sequence (steps, features) is fine, as in Keras; an image or
 * feature maps are not: that is the classic missing Flatten.
 */
function featureSize(input: Shape): number {
  if (input.length <= 2) return input[input.length - 1];
  const got = formatShape(input);
  throw new ShapeError({
    reason: 'needs-flatten',
    message: { en: `Dense expects a flat input but gets ${got}`, es: `Dense espera una entrada plana pero recibe ${got}` },
    fix: { en: 'add Flatten before it', es: 'agrega una capa Flatten antes' },
  });
}

export const denseLayer = defineLayer({
  kind: 'dense',
  category: 'core',
  fields: {
    units: intField({ default: 32, min: 1, max: MAX_DIMENSION }),
    activation: activationField('linear'),
    ...kernelFields,
  },
  inputs: { min: 1, max: 1 },
  keras: { className: 'Dense', tfjsFactory: 'dense', required: ['units'] },
  outputShape: ([input], params) => {
    featureSize(input);
    return [...input.slice(0, -1), params.units];
  },
  paramCount: ([input], params) => trainable(featureSize(input) * params.units + (params.useBias ? params.units : 0)),
  flops: ([input], params) => 2 * input.slice(0, -1).reduce((a, b) => a * b, 1) * featureSize(input) * params.units,
});
