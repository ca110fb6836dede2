import { activationKindLayer } from './activation-layers';

export const softmaxLayer = activationKindLayer('softmax', { className: 'Softmax', tfjsFactory: 'softmax' }, {});
