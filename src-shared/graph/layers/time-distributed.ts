import { defineLayer } from '../layer-definition';
import { layerField } from '../param-fields';
import { formatShape, ShapeError } from '../shape';
import { denseLayer } from './dense';
import { wrappedFlops, wrappedOutputShape, wrappedParamCount } from './wrapped-layer';

const WRAPPABLE = [denseLayer];

// Applies the same layer (the same weights) to every step of a sequence.
export const timeDistributedLayer = defineLayer({
  kind: 'timeDistributed',
  category: 'recurrent',
  keras: { className: 'TimeDistributed', tfjsFactory: 'timeDistributed', required: ['layer'] },
  fields: { layer: layerField(WRAPPABLE, 'dense') },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    if (input.length < 2) {
      throw new ShapeError({
        reason: 'needs-sequence',
        message: { en: `TimeDistributed expects a sequence (batch, steps, …) but gets ${formatShape(input)}`, es: `TimeDistributed espera una secuencia (batch, pasos, …) pero recibe ${formatShape(input)}` },
        fix: { en: 'give it a recurrent layer with return sequences on, or remove it', es: 'ponle antes una capa recurrente con return sequences activado, o quítala' },
      });
    }
    return [input[0], ...wrappedOutputShape(WRAPPABLE, params.layer, input.slice(1))];
  },
  paramCount: ([input], params) => wrappedParamCount(WRAPPABLE, params.layer, input.slice(1)),
  flops: ([input], params) => input[0] * wrappedFlops(WRAPPABLE, params.layer, input.slice(1)),
});
