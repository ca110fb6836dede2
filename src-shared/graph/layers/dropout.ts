import { dropoutKindLayer } from './dropouts';

export const dropoutLayer = dropoutKindLayer('dropout', { className: 'Dropout', tfjsFactory: 'dropout', required: ['rate'] });
