import type { GraphIssue, LayerRow } from '../contract/models';
import { StudioError, type ErrorDetails } from '../errors';
import type { Graph, GraphEdge, GraphNode } from './format';
import { graphInvalid, graphIssue, type IssueDetails } from './graph-issue';
import type { AnyLayerDefinition, LayerParams } from './layer-definition';
import { findLayerDefinition } from './layers';
import { resolveParams } from './params';
import { formatShape, ShapeError, type Shape } from './shape';
import { checkEnds, checkInputCount, checkInputSlots, checkNames, checkReachable, knownEdges, uniqueNodes } from './structure-checks';
import { sortTopologically } from './topology';

export interface NodeInference {
  nodeId: string;
  name: string;
  kind: string;
  /** Resolved params; null when the kind is unknown or a param is invalid. */
  params: LayerParams | null;
  /** Source node ids in input-slot (targetHandle) order. */
  inputIds: string[];
  /** Null when this node or anything upstream of it is broken. */
  outputShape: Shape | null;
  /** Trainable + non-trainable, as tfjs' countParams(); 0 while the shape is unknown. */
  paramCount: number;
  trainableParams: number;
  nonTrainableParams: number;
  /** Approximate floating-point operations for one sample. */
  flops: number;
}

export interface GraphInference {
  /** Topological order; nodes in or after a cycle come last, in graph order. */
  nodes: NodeInference[];
  byId: ReadonlyMap<string, NodeInference>;
  /** Set only when the graph has exactly one input layer / one last layer. */
  inputNodeId: string | null;
  outputNodeId: string | null;
  totalParams: number;
  issues: GraphIssue[];
}

export interface GraphSummary {
  layers: LayerRow[];
  totalParams: number;
  issues: GraphIssue[];
}

/** Issue details hold scalars only; lists become comma-separated text. */
function toIssueDetails(details: ErrorDetails | undefined): IssueDetails {
  const out: IssueDetails = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    if (value === undefined) continue;
    out[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/**
 * Shape inference over the layer DAG. Never throws for a bad graph: every problem becomes a
 * GraphIssue and inference goes on where it can (downstream of a broken node the shape is null).
 */
export function inferGraph(graph: Graph): GraphInference {
  const graphIssues: GraphIssue[] = [];
  const nodeIssues = new Map<string, GraphIssue[]>();
  const reportOn = (nodeId: string, issue: GraphIssue): void => {
    const list = nodeIssues.get(nodeId) ?? [];
    list.push(issue);
    nodeIssues.set(nodeId, list);
  };

  const nodes = uniqueNodes(graph.nodes, reportOn);
  const nodeById = new Map(nodes.map((node) => [node.id, node]));
  checkNames(nodes, reportOn);
  const edges = knownEdges(graph.edges, nodeById, graphIssues);

  const incoming = new Map<string, GraphEdge[]>(nodes.map((node) => [node.id, []]));
  const hasOutgoing = new Set<string>();
  for (const edge of edges) {
    incoming.get(edge.target)!.push(edge);
    hasOutgoing.add(edge.source);
  }

  const definitions = new Map<string, AnyLayerDefinition>();
  const inferences = new Map<string, NodeInference>();
  const inputCountOk = new Set<string>();
  for (const node of nodes) {
    const inputs = [...incoming.get(node.id)!].sort((a, b) => a.targetHandle - b.targetHandle);
    const inference: NodeInference = {
      nodeId: node.id,
      name: node.name,
      kind: node.kind,
      params: null,
      inputIds: inputs.map((edge) => edge.source),
      outputShape: null,
      paramCount: 0,
      trainableParams: 0,
      nonTrainableParams: 0,
      flops: 0,
    };
    inferences.set(node.id, inference);
    checkInputSlots(node, inputs, reportOn);
    const definition = findLayerDefinition(node.kind);
    if (!definition) {
      reportOn(
        node.id,
        graphInvalid(
          node.id,
          {
            message: { en: `${node.name}: unknown layer kind '${node.kind}'`, es: `${node.name}: tipo de capa desconocido '${node.kind}'` },
            fix: { en: 'replace it with a layer from the palette', es: 'reemplázala por una capa de la paleta' },
          },
          { reason: 'unknown-kind', layer: node.name, kind: node.kind },
        ),
      );
      continue;
    }
    definitions.set(node.id, definition);
    if (checkInputCount(node, definition, inputs.length, reportOn)) inputCountOk.add(node.id);
    try {
      inference.params = resolveParams(definition, node.params, node.name);
    } catch (err) {
      if (!(err instanceof StudioError)) throw err;
      reportOn(node.id, paramIssue(node, err));
    }
  }

  const topology = sortTopologically(
    nodes.map((node) => node.id),
    edges,
  );
  for (const cycle of topology.cycles) {
    const names = cycle.map((id) => nodeById.get(id)!.name).join(', ');
    graphIssues.push(
      graphInvalid(
        cycle[0],
        {
          message: {
            en: `Layers ${names} form a cycle; data must flow one way from the input to the output`,
            es: `Las capas ${names} forman un ciclo; los datos deben ir en un solo sentido, de la entrada a la salida`,
          },
          fix: { en: 'remove one of these connections', es: 'quita una de estas conexiones' },
        },
        { reason: 'cycle', layers: names },
      ),
    );
  }

  const inputNodes = nodes.filter((node) => node.kind === 'input');
  const outputNodes = nodes.filter((node) => !hasOutgoing.has(node.id));
  checkEnds(inputNodes, outputNodes, graphIssues);
  checkReachable(nodes, inputNodes, edges, definitions, incoming, reportOn);

  for (const id of topology.order) {
    const inference = inferences.get(id)!;
    const definition = definitions.get(id);
    if (!definition || !inference.params || !inputCountOk.has(id)) continue;
    const inputShapes = inference.inputIds.map((source) => inferences.get(source)!.outputShape);
    if (inputShapes.some((shape) => shape === null)) continue;
    const shapes = inputShapes as Shape[];
    try {
      const outputShape = definition.outputShape(shapes, inference.params);
      const count = definition.paramCount(shapes, inference.params);
      inference.outputShape = outputShape;
      inference.trainableParams = count.trainable;
      inference.nonTrainableParams = count.nonTrainable;
      inference.paramCount = count.trainable + count.nonTrainable;
      inference.flops = definition.flops(shapes, inference.params, outputShape);
    } catch (err) {
      if (!(err instanceof ShapeError)) throw err;
      inference.outputShape = null;
      reportOn(id, shapeIssue(nodeById.get(id)!, shapes, err));
    }
  }

  const ordered = [...topology.order, ...topology.blocked].map((id) => inferences.get(id)!);
  const issues = [...graphIssues, ...ordered.flatMap((inference) => nodeIssues.get(inference.nodeId) ?? [])];
  return {
    nodes: ordered,
    byId: inferences,
    inputNodeId: inputNodes.length === 1 ? inputNodes[0].id : null,
    outputNodeId: outputNodes.length === 1 ? outputNodes[0].id : null,
    totalParams: ordered.reduce((sum, inference) => sum + inference.paramCount, 0),
    issues,
  };
}

/** Layers in topological order with shapes and parameter counts, for the model summary table. */
export function summarizeGraph(graph: Graph): GraphSummary {
  const inference = inferGraph(graph);
  return {
    layers: inference.nodes.map((node) => ({
      nodeId: node.nodeId,
      name: node.name,
      kind: node.kind,
      outputShape: node.outputShape,
      params: node.paramCount,
    })),
    totalParams: inference.totalParams,
    issues: inference.issues,
  };
}

export function hasErrors(issues: readonly GraphIssue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

function shapeIssue(node: GraphNode, inputShapes: Shape[], err: ShapeError): GraphIssue {
  const issue = graphIssue(
    'SHAPE_ERROR',
    node.id,
    { message: { en: `${node.name}: ${err.problem.en}`, es: `${node.name}: ${err.problem.es}` }, fix: err.fix },
    {
      reason: err.reason,
      layer: node.name,
      kind: node.kind,
      inputShapes: inputShapes.map(formatShape).join(', '),
      problem: err.problem.en,
      problemEs: err.problem.es,
      fix: err.fix?.en ?? null,
      fixEs: err.fix?.es ?? null,
    },
  );
  // Shape messages read as one sentence: "l1: Dense expects a flat input …; add Flatten before it."
  return { ...issue, message: `${node.name}: ${err.problem.en}${err.fix ? `; ${err.fix.en}` : ''}.` };
}

/** A bad or unknown parameter: resolveParams' English message, with the field named in Spanish too. */
function paramIssue(node: GraphNode, err: StudioError): GraphIssue {
  const details = toIssueDetails(err.details);
  const field = String(details.field ?? '');
  const es =
    details.reason === 'unknown-param'
      ? `${node.name}: parámetro desconocido '${field}' para una capa ${node.kind}`
      : `${node.name}: ${field} debe ser ${String(details.expectedEs ?? 'válido')}`;
  const fix =
    details.reason === 'unknown-param'
      ? { en: `remove '${field}'`, es: `quita '${field}'` }
      : { en: `change ${field} in the inspector`, es: `cambia ${field} en el inspector` };
  return { ...graphIssue(err.code, node.id, { message: { en: err.message, es }, fix }, details), message: err.message };
}
