import type { DatasetKind, DatasetShapeInfo } from '../../data/dataset';
import { StudioError } from '../../errors';
import type { Graph } from '../format';
import type { Localized } from '../layer-definition';
import { chainGraph, type LayerSpec } from './layer-chain';

export type TemplateDataset = DatasetShapeInfo & { kind: DatasetKind };

/** A starting model for a dataset; its info (without build) is what `models.templates` lists. */
export interface ModelTemplate {
  id: string;
  title: Localized;
  description: Localized;
  datasetKinds: DatasetKind[];
  /** Throws TEMPLATE_NOT_APPLICABLE for a dataset of another kind or a shape it cannot take. */
  build(dataset: TemplateDataset): Graph;
}

interface ChainTemplateSpec {
  id: string;
  title: Localized;
  description: Localized;
  datasetKinds: DatasetKind[];
  /** The layers after the input, top to bottom; the output layer included. */
  layers(dataset: TemplateDataset): LayerSpec[];
}

export function notApplicable(templateId: string, dataset: TemplateDataset, why: string): StudioError {
  return new StudioError('TEMPLATE_NOT_APPLICABLE', `Template '${templateId}' cannot be used with dataset '${dataset.name}': ${why}`, {
    template: templateId,
    dataset: dataset.name,
    kind: dataset.kind,
    inputShape: dataset.inputShape,
  });
}

/** A template whose model is one straight chain from the input to the output. */
export function defineChainTemplate(spec: ChainTemplateSpec): ModelTemplate {
  return {
    id: spec.id,
    title: spec.title,
    description: spec.description,
    datasetKinds: spec.datasetKinds,
    build(dataset) {
      if (!spec.datasetKinds.includes(dataset.kind)) {
        throw notApplicable(spec.id, dataset, `it is for ${spec.datasetKinds.join(' or ')} datasets and this one is ${dataset.kind}`);
      }
      return chainGraph([{ kind: 'input', params: { shape: [...dataset.inputShape] } }, ...spec.layers(dataset)]);
    },
  };
}
