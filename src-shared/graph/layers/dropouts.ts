import type { KerasFormat } from '../keras/keras-format';
import { defineLayer, NO_PARAMS } from '../layer-definition';
import type { Shape } from '../shape';
import { rateField } from './shared-params';

// Dropout variants differ in which units they switch off together; none has weights or changes shapes.

export function dropoutKindLayer<K extends string>(kind: K, keras: KerasFormat, requireInput: (input: Shape) => unknown = () => undefined) {
  return defineLayer({
    kind,
    category: 'normalization',
    keras,
    fields: { rate: rateField(0.5) },
    inputs: { min: 1, max: 1 },
    outputShape: ([input]) => {
      requireInput(input);
      return [...input];
    },
    paramCount: () => NO_PARAMS,
  });
}
