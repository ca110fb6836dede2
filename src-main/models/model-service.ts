import type { OpenProject } from '../store/project-registry';
import type { ModelDetail } from '../../src-shared/contract';
import { GraphSchema, type Graph } from '../../src-shared/graph/format';
import { summarizeGraph } from '../../src-shared/graph/infer';
import { defaultTemplateFor, getTemplate, listTemplates, type TemplateObjective } from '../../src-shared/graph/templates';
import { StudioError } from '../../src-shared/errors';
import { addModelVersion, createModel, getModel, modelNameTaken, type ModelRow } from '../store/repos/models-repo';
import { getDataset } from '../store/repos/datasets-repo';
import { datasetShapeInfo } from '../datasets/data-spec';
import { modelIssuesForDataset } from './model-checks';

function requireModel(project: OpenProject, modelId: number): ModelRow {
  const row = getModel(project.db, modelId);
  if (!row) throw new StudioError('NOT_FOUND', `Model ${modelId} does not exist in this project`, { modelId });
  return row;
}

/** An autoencoder template's model is checked against its input, not the labels. */
function templateObjective(templateId: string | null): TemplateObjective | undefined {
  return templateId ? listTemplates().find((template) => template.id === templateId)?.objective : undefined;
}

function uniqueModelName(project: OpenProject, wanted: string): string {
  if (!modelNameTaken(project.db, wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!modelNameTaken(project.db, candidate)) return candidate;
  }
}

/** A model's latest version with its layer table and the issues against `datasetId` (else the model's own dataset). */
export function modelDetail(project: OpenProject, modelId: number, datasetId?: number): ModelDetail {
  const row = requireModel(project, modelId);
  const graph = GraphSchema.parse(JSON.parse(row.graph));
  const summary = summarizeGraph(graph);
  const against = datasetId ?? row.dataset_id;
  if (against !== null && against !== undefined && !getDataset(project.db, against)) {
    throw new StudioError('NOT_FOUND', `Dataset ${against} does not exist in this project`, { datasetId: against });
  }
  return {
    id: row.id,
    name: row.name,
    datasetId: row.dataset_id,
    template: row.template,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    graph,
    layers: summary.layers,
    totalParams: summary.totalParams,
    issues: modelIssuesForDataset(project, graph, against ?? null, templateObjective(row.template)),
  };
}

/** The template's graph for a dataset (MLP for tables, small CNN for images unless told otherwise). */
export function createDefaultModel(project: OpenProject, datasetId: number, options: { template?: string; name?: string }): ModelDetail {
  const dataset = getDataset(project.db, datasetId);
  if (!dataset) throw new StudioError('NOT_FOUND', `Dataset ${datasetId} does not exist in this project`, { datasetId });
  const templateId = options.template ?? defaultTemplateFor(dataset.kind);
  const template = getTemplate(templateId);
  const graph = template.build({ ...datasetShapeInfo(project, datasetId), kind: dataset.kind });
  const name = uniqueModelName(project, options.name ?? `${dataset.name} · ${template.title.en}`);
  const id = createModel(project.db, { name, datasetId, template: templateId, graphJson: JSON.stringify(graph) });
  return modelDetail(project, id);
}

export function saveModel(project: OpenProject, input: { modelId?: number; name: string; datasetId?: number | null; graph: Graph }): ModelDetail {
  const datasetId = input.datasetId ?? null;
  if (datasetId !== null && !getDataset(project.db, datasetId)) {
    throw new StudioError('NOT_FOUND', `Dataset ${datasetId} does not exist in this project`, { datasetId });
  }
  const graphJson = JSON.stringify(input.graph);
  if (input.modelId === undefined) {
    const id = createModel(project.db, { name: uniqueModelName(project, input.name), datasetId, template: null, graphJson });
    return modelDetail(project, id);
  }
  requireModel(project, input.modelId);
  addModelVersion(project.db, input.modelId, { name: input.name, datasetId, graphJson });
  return modelDetail(project, input.modelId);
}
