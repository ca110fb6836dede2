import { defineLayer } from '../layer-definition';
import { enumField, layerField } from '../param-fields';
import { gruLayer } from './gru';
import { lstmLayer } from './lstm';
import { simpleRnnLayer } from './simple-rnn';
import { wrappedFlops, wrappedOutputShape, wrappedParamCount } from './wrapped-layer';

const RECURRENT = [lstmLayer, gruLayer, simpleRnnLayer];

// Runs its recurrent layer over the sequence forwards and, with a second copy of the weights,
// backwards; the two outputs are merged (joined side by side by default).
export const bidirectionalLayer = defineLayer({
  kind: 'bidirectional',
  category: 'recurrent',
  keras: { className: 'Bidirectional', tfjsFactory: 'bidirectional', required: ['layer'] },
  fields: {
    layer: layerField(RECURRENT, 'lstm'),
    mergeMode: enumField(['concat', 'sum', 'mul', 'ave'], 'concat'),
  },
  inputs: { min: 1, max: 1 },
  outputShape: ([input], params) => {
    const shape = wrappedOutputShape(RECURRENT, params.layer, input);
    if (params.mergeMode !== 'concat') return shape;
    return [...shape.slice(0, -1), 2 * shape[shape.length - 1]];
  },
  paramCount: ([input], params) => {
    const one = wrappedParamCount(RECURRENT, params.layer, input);
    return { trainable: 2 * one.trainable, nonTrainable: 2 * one.nonTrainable };
  },
  flops: ([input], params) => 2 * wrappedFlops(RECURRENT, params.layer, input),
});
