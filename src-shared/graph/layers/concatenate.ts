import type { LayerDefinition } from '../layer-definition';
import { formatShape, ShapeError, type Shape } from '../shape';

/** Inputs must agree on everything but the last axis, which is summed. */
function concatenatedShape(inputShapes: Shape[]): Shape {
  const [first] = inputShapes;
  for (const other of inputShapes.slice(1)) {
    const matches = other.length === first.length && other.slice(0, -1).every((dim, i) => dim === first[i]);
    if (!matches) {
      const shapes = inputShapes.map(formatShape).join(' and ');
      throw new ShapeError(
        `Concatenate joins inputs along the last axis, so they must match in every other dimension, but gets ${shapes}`,
        'make the branches the same size before joining them (the same padding and pooling), or add Flatten to each branch',
        'haz que las ramas tengan el mismo tamaño antes de unirlas (mismo padding y pooling), o agrega Flatten a cada rama',
        `Concatenate une las entradas en el último eje, así que deben coincidir en las demás dimensiones, pero recibe ${shapes}`,
      );
    }
  }
  const last = inputShapes.reduce((sum, shape) => sum + shape[shape.length - 1], 0);
  return [...first.slice(0, -1), last];
}

export const concatenateLayer: LayerDefinition = {
  kind: 'concatenate',
  category: 'merge',
  title: { en: 'Concatenate', es: 'Concatenate (concatenar)' },
  help: {
    en: 'Joins two or more inputs side by side along the last axis (channels or features): (…, 16) and (…, 32) give (…, 48). Use it to merge parallel branches, as Inception modules do. The inputs must match in every other dimension.',
    es: 'Une dos o más entradas lado a lado en el último eje (canales o features): (…, 16) y (…, 32) dan (…, 48). Úsala para juntar ramas paralelas, como hacen los módulos Inception. Las entradas deben coincidir en las demás dimensiones.',
  },
  params: [],
  inputs: { min: 2, max: 16 },
  outputShape: (inputShapes) => concatenatedShape(inputShapes),
  paramCount: () => 0,
};
