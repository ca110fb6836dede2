import { defineLayer, NO_PARAMS } from '../layer-definition';
import { intListField } from '../param-fields';
import { formatShape, ShapeError } from '../shape';

export const permuteLayer = defineLayer({
  kind: 'permute',
  category: 'reshape',
  keras: { className: 'Permute', tfjsFactory: 'permute', required: ['dims'] },
  // Axes are numbered from 1, as in Keras: the batch axis never moves.
  fields: { dims: intListField({ default: [2, 1], min: 1, max: 8, maxLength: 8 }) },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const sorted = [...params.dims].sort((a, b) => a - b);
    if (params.dims.length === input.length && sorted.every((axis, i) => axis === i + 1)) return params.dims.map((axis) => input[axis - 1]);
    const expected = input.map((_dim, i) => i + 1).join(', ');
    throw new ShapeError({
      reason: 'bad-permutation',
      message: {
        en: `Permute's dims [${params.dims.join(', ')}] must list each axis of its input ${formatShape(input)} once`,
        es: `Las dims [${params.dims.join(', ')}] de Permute deben nombrar una vez cada eje de su entrada ${formatShape(input)}`,
      },
      fix: { en: `use an order of ${expected}, e.g. [${[...expected.split(', ')].reverse().join(', ')}]`, es: `usa un orden de ${expected}, por ejemplo [${[...expected.split(', ')].reverse().join(', ')}]` },
    });
  },
  paramCount: () => NO_PARAMS,
});
