import { defineLayer, NO_PARAMS } from '../layer-definition';
import { formatShape, ShapeError, shapeSize, type Shape } from '../shape';

// tfjs refuses Flatten on an input that is already flat (it wants at least 2 axes besides the batch).
function requireUnflattened(input: Shape): void {
  if (input.length >= 2) return;
  const got = formatShape(input);
  throw new ShapeError({
    reason: 'already-flat',
    message: {
      en: `Flatten expects feature maps or another multi-axis input but gets the already flat ${got}`,
      es: `Flatten espera mapas de características u otra entrada con varios ejes pero recibe la entrada ya plana ${got}`,
    },
    fix: { en: 'remove it: its input is already flat', es: 'quítala: su entrada ya es plana' },
  });
}

export const flattenLayer = defineLayer({
  kind: 'flatten',
  category: 'reshape',
  fields: {},
  inputs: { min: 1, max: 1 },
  keras: { className: 'Flatten', tfjsFactory: 'flatten' },
  outputShape: ([input]) => {
    requireUnflattened(input);
    return [shapeSize(input)];
  },
  paramCount: () => NO_PARAMS,
});
