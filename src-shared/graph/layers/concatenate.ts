import { defineLayer, NO_PARAMS } from '../layer-definition';
import { formatShape, ShapeError, type Shape } from '../shape';

/** Inputs must agree on everything but the last axis, which is summed. */
function concatenatedShape(inputShapes: Shape[]): Shape {
  const [first] = inputShapes;
  for (const other of inputShapes.slice(1)) {
    const matches = other.length === first.length && other.slice(0, -1).every((dim, i) => dim === first[i]);
    if (!matches) {
      const shapes = inputShapes.map(formatShape).join(' and ');
      const shapesEs = inputShapes.map(formatShape).join(' y ');
      throw new ShapeError({
        reason: 'merge-shapes',
        message: {
          en: `Concatenate joins inputs along the last axis, so they must match in every other dimension, but gets ${shapes}`,
          es: `Concatenate une las entradas en el último eje, así que deben coincidir en las demás dimensiones, pero recibe ${shapesEs}`,
        },
        fix: {
          en: 'make the branches the same size before joining them (the same padding and pooling), or add Flatten to each branch',
          es: 'haz que las ramas tengan el mismo tamaño antes de unirlas (mismo padding y pooling), o agrega Flatten a cada rama',
        },
      });
    }
  }
  const last = inputShapes.reduce((sum, shape) => sum + shape[shape.length - 1], 0);
  return [...first.slice(0, -1), last];
}

export const concatenateLayer = defineLayer({
  kind: 'concatenate',
  category: 'merge',
  fields: {},
  inputs: { min: 2, max: 16 },
  keras: { className: 'Concatenate', tfjsFactory: 'concatenate' },
  outputShape: (inputShapes) => concatenatedShape(inputShapes),
  paramCount: () => NO_PARAMS,
});
