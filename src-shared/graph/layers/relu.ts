import { zeroAsNullCodec } from '../keras/keras-codecs';
import { floatField } from '../param-fields';
import { activationKindLayer } from './activation-layers';

export const reluLayer = activationKindLayer(
  'relu',
  { className: 'ReLU', tfjsFactory: 'reLU', codecs: { maxValue: zeroAsNullCodec('max_value') } },
  // 0 means no upper limit; 6 gives ReLU6, common in mobile networks.
  { maxValue: floatField({ default: 0, min: 0, max: 1e6, step: 1 }) },
);
