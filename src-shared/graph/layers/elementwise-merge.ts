import { defineLayer, NO_PARAMS } from '../layer-definition';
import { formatShape, sameShape, ShapeError, shapeSize } from '../shape';

// Add, Multiply and Average combine inputs of one shape element by element; only the operation differs.

export function elementwiseMergeLayer<K extends string>(kind: K, title: string) {
  return defineLayer({
    kind,
    category: 'merge',
    keras: { className: title, tfjsFactory: kind },
    fields: {},
    inputs: { min: 2, max: 16 },
    outputShape: (inputShapes) => {
      const [first] = inputShapes;
      if (inputShapes.every((shape) => sameShape(shape, first))) return [...first];
      throw new ShapeError({
        reason: 'merge-shapes',
        message: {
          en: `${title} needs inputs of the same shape but gets ${inputShapes.map(formatShape).join(' and ')}`,
          es: `${title} necesita entradas de la misma forma pero recibe ${inputShapes.map(formatShape).join(' y ')}`,
        },
        fix: {
          en: 'give every branch the same output shape (the same units, or the same filters, padding and pooling)',
          es: 'haz que todas las ramas tengan la misma forma de salida (las mismas unidades, o los mismos filtros, padding y pooling)',
        },
      });
    },
    paramCount: () => NO_PARAMS,
    flops: (inputShapes, _params, output) => (inputShapes.length - 1) * shapeSize(output),
  });
}
