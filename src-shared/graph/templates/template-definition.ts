import type { DatasetKind, DatasetShapeInfo, Task } from '../../data/dataset';
import { StudioError } from '../../errors';
import type { Localized } from '../../localized';
import type { Graph } from '../format';
import { templateTexts } from '../layer-texts';
import { chainGraph, type LayerSpec } from './layer-chain';

export type TemplateDataset = DatasetShapeInfo & { kind: DatasetKind };

/**
 * What the model learns to output: the dataset's labels (classes or a number), or its own input
 * back (an autoencoder: reconstruction, the target is the sample itself).
 */
export type TemplateObjective = 'labels' | 'reconstruction';

/** A starting model for a dataset; its info (without build) is what `models.templates` lists. */
export interface ModelTemplate {
  id: string;
  title: Localized;
  description: Localized;
  datasetKinds: DatasetKind[];
  /** The tasks it is for; both when it adapts its output to either. */
  tasks: Task[];
  objective: TemplateObjective;
  /** Throws TEMPLATE_NOT_APPLICABLE for a dataset of another kind or a shape it cannot take. */
  build(dataset: TemplateDataset): Graph;
}

interface TemplateSpec {
  id: string;
  datasetKinds: DatasetKind[];
  tasks?: Task[];
  objective?: TemplateObjective;
}

export function notApplicable(templateId: string, dataset: TemplateDataset, why: string): StudioError {
  return new StudioError('TEMPLATE_NOT_APPLICABLE', `Template '${templateId}' cannot be used with dataset '${dataset.name}': ${why}`, {
    template: templateId,
    dataset: dataset.name,
    kind: dataset.kind,
    inputShape: dataset.inputShape,
  });
}

/** A template whose graph `build` makes, after the dataset's kind and task are checked. */
export function defineTemplate(spec: TemplateSpec & { graph(dataset: TemplateDataset): Graph }): ModelTemplate {
  const tasks = spec.tasks ?? ['classification', 'regression'];
  const { title, description } = templateTexts(spec.id);
  return {
    id: spec.id,
    title,
    description,
    datasetKinds: spec.datasetKinds,
    tasks,
    objective: spec.objective ?? 'labels',
    build(dataset) {
      if (!spec.datasetKinds.includes(dataset.kind)) {
        throw notApplicable(spec.id, dataset, `it is for ${spec.datasetKinds.join(' or ')} datasets and this one is ${dataset.kind}`);
      }
      if (!tasks.includes(dataset.task)) throw notApplicable(spec.id, dataset, `it is for ${tasks.join(' or ')} and this dataset is for ${dataset.task}`);
      return spec.graph(dataset);
    },
  };
}

/** A template whose model is one straight chain from the input to the output. */
export function defineChainTemplate(spec: TemplateSpec & { layers(dataset: TemplateDataset): LayerSpec[] }): ModelTemplate {
  return defineTemplate({ ...spec, graph: (dataset) => chainGraph([{ kind: 'input', params: { shape: [...dataset.inputShape] } }, ...spec.layers(dataset)]) });
}
