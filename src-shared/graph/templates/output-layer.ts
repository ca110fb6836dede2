import type { DatasetShapeInfo } from '../../data/dataset';
import type { LayerSpec } from './layer-chain';

/** The last layer a dataset needs: softmax over its classes (2 included), or one linear unit for regression. */
export function outputLayerFor(dataset: DatasetShapeInfo): LayerSpec {
  if (dataset.task === 'regression') return { kind: 'dense', params: { units: 1, activation: 'linear', useBias: true } };
  return { kind: 'dense', params: { units: dataset.classes.length, activation: 'softmax', useBias: true } };
}

/** Flat datasets feed Dense layers directly; anything else is flattened first. */
export function flattenIfNeeded(dataset: DatasetShapeInfo): LayerSpec[] {
  return dataset.inputShape.length === 1 ? [] : [{ kind: 'flatten', params: {} }];
}
