import type { TemplateInfo } from '../../contract/models';
import type { DatasetKind } from '../../data/dataset';
import { StudioError } from '../../errors';
import { autoencoderTemplate } from './autoencoder';
import { cnnBlocksTemplate } from './cnn-blocks';
import { cnnSmallTemplate } from './cnn-small';
import { courseMlpTemplate } from './course-mlp';
import { lenet5Template } from './lenet5';
import { linearTemplate } from './linear';
import { logisticTemplate } from './logistic';
import { lstmTemplate } from './lstm';
import { mlpTemplate } from './mlp';
import { resnetSmallTemplate } from './resnet-small';
import { vggTemplate } from './vgg';
import type { ModelTemplate } from './template-definition';

// The template registry; listing order is the order the UI offers them in.
const TEMPLATES: readonly ModelTemplate[] = [
  mlpTemplate,
  logisticTemplate,
  linearTemplate,
  courseMlpTemplate,
  cnnSmallTemplate,
  lenet5Template,
  vggTemplate,
  resnetSmallTemplate,
  cnnBlocksTemplate,
  lstmTemplate,
  autoencoderTemplate,
];
const REGISTRY: ReadonlyMap<string, ModelTemplate> = new Map(TEMPLATES.map((template) => [template.id, template]));

const DEFAULT_TEMPLATE: Record<DatasetKind, string> = { table: 'mlp', images: 'cnn-small' };

export function listTemplates(): readonly ModelTemplate[] {
  return TEMPLATES;
}

/** What `models.templates` returns: every template without its build function. */
export function listTemplateInfos(): TemplateInfo[] {
  return TEMPLATES.map(({ id, title, description, datasetKinds, tasks, objective }) => ({
    id,
    title: { ...title },
    description: { ...description },
    datasetKinds: [...datasetKinds],
    tasks: [...tasks],
    objective,
  }));
}

export function getTemplate(id: string): ModelTemplate {
  const template = REGISTRY.get(id);
  if (!template) {
    const ids = TEMPLATES.map((t) => t.id);
    throw new StudioError('TEMPLATE_UNKNOWN', `Unknown template '${id}'. Valid templates: ${ids.join(', ')}`, { template: id, valid: ids });
  }
  return template;
}

export function defaultTemplateFor(kind: DatasetKind): string {
  return DEFAULT_TEMPLATE[kind];
}

export type { ModelTemplate, TemplateDataset, TemplateObjective } from './template-definition';
