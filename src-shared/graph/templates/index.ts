import type { TemplateInfo } from '../../contract/models';
import type { DatasetKind } from '../../data/dataset';
import { StudioError } from '../../errors';
import { cnnBlocksTemplate } from './cnn-blocks';
import { cnnSmallTemplate } from './cnn-small';
import { logisticTemplate } from './logistic';
import { mlpTemplate } from './mlp';
import type { ModelTemplate } from './template-definition';

// The template registry; listing order is the order the UI offers them in.
const TEMPLATES: readonly ModelTemplate[] = [mlpTemplate, logisticTemplate, cnnSmallTemplate, cnnBlocksTemplate];
const REGISTRY: ReadonlyMap<string, ModelTemplate> = new Map(TEMPLATES.map((template) => [template.id, template]));

const DEFAULT_TEMPLATE: Record<DatasetKind, string> = { table: 'mlp', images: 'cnn-small' };

export function listTemplates(): readonly ModelTemplate[] {
  return TEMPLATES;
}

/** What `models.templates` returns: every template without its build function. */
export function listTemplateInfos(): TemplateInfo[] {
  return TEMPLATES.map(({ id, title, description, datasetKinds }) => ({ id, title: { ...title }, description: { ...description }, datasetKinds: [...datasetKinds] }));
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

export type { ModelTemplate, TemplateDataset } from './template-definition';
