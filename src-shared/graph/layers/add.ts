import type { LayerDefinition } from '../layer-definition';
import { formatShape, sameShape, ShapeError } from '../shape';

export const addLayer: LayerDefinition = {
  kind: 'add',
  category: 'merge',
  title: { en: 'Add', es: 'Add (suma)' },
  help: {
    en: 'Adds two or more inputs of the same shape, element by element. Use it for skip (residual) connections as in ResNet: the input of a block is added to its output, which helps very deep networks train.',
    es: 'Suma elemento a elemento dos o más entradas de la misma forma. Úsala para conexiones residuales (skip connections) como en ResNet: la entrada de un bloque se suma a su salida, lo que ayuda a entrenar redes muy profundas.',
  },
  params: [],
  inputs: { min: 2, max: 16 },
  outputShape: (inputShapes) => {
    const [first] = inputShapes;
    if (inputShapes.some((shape) => !sameShape(shape, first))) {
      const shapes = inputShapes.map(formatShape).join(' and ');
      throw new ShapeError(
        `Add needs inputs of the same shape but gets ${shapes}`,
        'give every branch the same output shape (the same units, or the same filters, padding and pooling)',
        'haz que todas las ramas tengan la misma forma de salida (las mismas unidades, o los mismos filtros, padding y pooling)',
        `Add necesita entradas de la misma forma pero recibe ${shapes}`,
      );
    }
    return [...first];
  },
  paramCount: () => 0,
};
