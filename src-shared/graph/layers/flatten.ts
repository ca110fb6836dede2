import type { LayerDefinition } from '../layer-definition';
import { formatShape, ShapeError, shapeSize, type Shape } from '../shape';

// tfjs refuses Flatten on an input that is already flat (it wants at least 2 axes besides the batch).
function requireUnflattened(input: Shape): void {
  if (input.length >= 2) return;
  const got = formatShape(input);
  throw new ShapeError(
    `Flatten expects feature maps or another multi-axis input but gets the already flat ${got}`,
    'remove it: its input is already flat',
    'quítala: su entrada ya es plana',
    `Flatten espera mapas de características u otra entrada con varios ejes pero recibe la entrada ya plana ${got}`,
  );
}

export const flattenLayer: LayerDefinition = {
  kind: 'flatten',
  category: 'core',
  title: { en: 'Flatten', es: 'Flatten (aplanar)' },
  help: {
    en: 'Turns its input into a flat vector (e.g. 5×5×32 → 800) without changing any value. Put it between the convolutional and pooling part of a CNN and its Dense (fully connected) layers.',
    es: 'Convierte su entrada en un vector plano (por ejemplo 5×5×32 → 800) sin cambiar ningún valor. Va entre la parte convolucional y de pooling de una CNN y sus capas Dense (completamente conectadas).',
  },
  params: [],
  inputs: { min: 1, max: 1 },
  outputShape: ([input]) => {
    requireUnflattened(input);
    return [shapeSize(input)];
  },
  paramCount: () => 0,
};
