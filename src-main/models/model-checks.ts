import type { OpenProject } from '../store/project-registry';
import type { Graph } from '../../src-shared/graph/format';
import type { GraphIssue } from '../../src-shared/contract';
import { summarizeGraph } from '../../src-shared/graph/infer';
import { checkGraphAgainstDataset } from '../../src-shared/graph/check-dataset';
import { datasetShapeInfo } from '../datasets/data-spec';

/** Shape-inference issues plus, for a dataset, whether the model's input and output fit it. */
export function modelIssuesForDataset(project: OpenProject, graph: Graph, datasetId: number | null): GraphIssue[] {
  const { issues } = summarizeGraph(graph);
  if (datasetId === null) return issues;
  return [...issues, ...checkGraphAgainstDataset(graph, datasetShapeInfo(project, datasetId))];
}

export function firstBlockingIssue(issues: readonly GraphIssue[]): GraphIssue | undefined {
  return issues.find((i) => i.severity === 'error');
}
