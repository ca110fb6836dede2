import { activationKindLayer } from './activation-layers';

// tfjs 4.22 implements ELU only with alpha = 1 (Keras' default), so alpha is not offered.
export const eluLayer = activationKindLayer('elu', { className: 'ELU', tfjsFactory: 'elu' }, {});
