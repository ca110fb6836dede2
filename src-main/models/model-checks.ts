import type { OpenProject } from '../store/project-registry';
import type { Graph } from '../../src-shared/graph/format';
import type { GraphIssue } from '../../src-shared/contract';
import type { TemplateObjective } from '../../src-shared/graph/templates';
import { firstError, validateGraph } from '../../src-shared/graph/validate';
import { datasetShapeInfo } from '../datasets/data-spec';

/**
 * The canvas' own validation (src-shared/graph/validate.ts), run in main on the stored graph: shape
 * inference, what tfjs can train and, for a dataset, whether the model's input and output fit it.
 * Main never trusts the renderer's verdict.
 */
export function modelIssuesForDataset(project: OpenProject, graph: Graph, datasetId: number | null, objective?: TemplateObjective): GraphIssue[] {
  return validateGraph(graph, { dataset: datasetId === null ? undefined : datasetShapeInfo(project, datasetId), objective }).issues;
}

export function firstBlockingIssue(issues: readonly GraphIssue[]): GraphIssue | undefined {
  return firstError(issues);
}
