import { defineLayer, NO_PARAMS } from '../layer-definition';
import { intField, MAX_DIMENSION } from '../param-fields';
import { formatShape, ShapeError } from '../shape';

export const repeatVectorLayer = defineLayer({
  kind: 'repeatVector',
  category: 'reshape',
  keras: { className: 'RepeatVector', tfjsFactory: 'repeatVector', required: ['n'] },
  fields: { n: intField({ default: 2, min: 1, max: MAX_DIMENSION }) },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    if (input.length === 1) return [params.n, input[0]];
    throw new ShapeError({
      reason: 'needs-flat',
      message: { en: `RepeatVector expects a flat input but gets ${formatShape(input)}`, es: `RepeatVector espera una entrada plana pero recibe ${formatShape(input)}` },
      fix: { en: 'add Flatten before it', es: 'agrega una capa Flatten antes' },
    });
  },
  paramCount: () => NO_PARAMS,
});
