import type { KerasFormat } from '../keras/keras-format';
import { defineLayer, NO_PARAMS } from '../layer-definition';
import type { ParamFields, ParamsOf } from '../param-fields';
import { shapeSize } from '../shape';

// Activation functions as layers (ReLU, LeakyReLU, ELU, Softmax…): the output keeps the input's shape.

export function activationKindLayer<K extends string, F extends ParamFields>(kind: K, keras: KerasFormat, fields: F) {
  return defineLayer({
    kind,
    category: 'activation',
    keras,
    fields,
    inputs: { min: 1, max: 1 },
    outputShape: ([input]) => [...input],
    paramCount: () => NO_PARAMS,
    flops: ([input]: number[][], _params: ParamsOf<F>) => shapeSize(input),
  });
}
