import { defineLayer, NO_PARAMS } from '../layer-definition';
import { intListField, MAX_DIMENSION } from '../param-fields';
import { formatShape, ShapeError, shapeSize, type Shape } from '../shape';

/** The target shape with its one -1 (if any) worked out; throws when the sizes cannot match. */
function reshaped(input: Shape, target: number[]): Shape {
  const size = shapeSize(input);
  const unknown = target.filter((dim) => dim === -1).length;
  const known = target.filter((dim) => dim !== -1).reduce((a, b) => a * b, 1);
  const targetText = `[${target.join(', ')}]`;
  if (target.some((dim) => dim === 0 || dim < -1) || unknown > 1) {
    throw new ShapeError({
      reason: 'bad-target-shape',
      message: {
        en: `Reshape's target ${targetText} may hold positive sizes and at most one -1 (the size worked out for you)`,
        es: `La forma destino ${targetText} de Reshape admite tamaños positivos y como máximo un -1 (el tamaño que se calcula solo)`,
      },
      fix: { en: 'change the target shape', es: 'cambia la forma destino' },
    });
  }
  if ((unknown === 0 && known === size) || (unknown === 1 && size % known === 0)) return target.map((dim) => (dim === -1 ? size / known : dim));
  throw new ShapeError({
    reason: 'reshape-size',
    message: {
      en: `Reshape cannot turn ${formatShape(input)} (${size} values) into ${targetText}`,
      es: `Reshape no puede convertir ${formatShape(input)} (${size} valores) en ${targetText}`,
    },
    fix: {
      en: `use a target whose sizes multiply to ${size}, or put -1 in one place to have it worked out`,
      es: `usa una forma cuyos tamaños multiplicados den ${size}, o pon -1 en un lugar para que se calcule solo`,
    },
  });
}

export const reshapeLayer = defineLayer({
  kind: 'reshape',
  category: 'reshape',
  keras: { className: 'Reshape', tfjsFactory: 'reshape', required: ['targetShape'] },
  fields: { targetShape: intListField({ default: [-1], min: -1, max: MAX_DIMENSION, maxLength: 8 }) },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => reshaped(input, params.targetShape),
  paramCount: () => NO_PARAMS,
});
