import type { GraphIssue, LayerRow } from '../contract/models';
import { StudioError, type ErrorDetails } from '../errors';
import type { Graph, GraphEdge, GraphNode } from './format';
import type { LayerDefinition, LayerParams } from './layer-definition';
import { isValidLayerName } from './layer-names';
import { findLayerDefinition } from './layers';
import { resolveParams } from './params';
import { formatShape, ShapeError, type Shape } from './shape';
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
  paramCount: number;
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

type IssueDetails = NonNullable<GraphIssue['details']>;

function graphInvalid(nodeId: string | null, message: string, details: IssueDetails): GraphIssue {
  return { code: 'GRAPH_INVALID', severity: 'error', nodeId, message, details };
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

function nameList(nodes: readonly GraphNode[]): string {
  return nodes.map((node) => node.name).join(', ');
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

  const definitions = new Map<string, LayerDefinition>();
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
    };
    inferences.set(node.id, inference);
    checkInputSlots(node, inputs, reportOn);
    const definition = findLayerDefinition(node.kind);
    if (!definition) {
      reportOn(node.id, graphInvalid(node.id, `${node.name}: unknown layer kind '${node.kind}'`, { reason: 'unknown-kind', layer: node.name, kind: node.kind }));
      continue;
    }
    definitions.set(node.id, definition);
    if (checkInputCount(node, definition, inputs.length, reportOn)) inputCountOk.add(node.id);
    try {
      inference.params = resolveParams(definition, node.params, node.name);
    } catch (err) {
      if (!(err instanceof StudioError)) throw err;
      reportOn(node.id, { code: err.code, severity: 'error', nodeId: node.id, message: err.message, details: toIssueDetails(err.details) });
    }
  }

  const topology = sortTopologically(
    nodes.map((node) => node.id),
    edges,
  );
  for (const cycle of topology.cycles) {
    const names = cycle.map((id) => nodeById.get(id)!.name).join(', ');
    graphIssues.push(
      graphInvalid(cycle[0], `Layers ${names} form a cycle; data must flow one way from the input to the output. Remove one of these connections.`, {
        reason: 'cycle',
        layers: names,
      }),
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
      inference.outputShape = definition.outputShape(shapes, inference.params);
      inference.paramCount = definition.paramCount(shapes, inference.params);
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
  const fix = err.fix ? `; ${err.fix}` : '';
  return {
    code: 'SHAPE_ERROR',
    severity: 'error',
    nodeId: node.id,
    message: `${node.name}: ${err.message}${fix}.`,
    details: {
      layer: node.name,
      kind: node.kind,
      inputShapes: inputShapes.map(formatShape).join(', '),
      problem: err.message,
      problemEs: err.messageEs ?? null,
      fix: err.fix ?? null,
      fixEs: err.fixEs ?? null,
    },
  };
}

/** Keeps the first node of each id; later ones are reported and left out. */
function uniqueNodes(nodes: readonly GraphNode[], reportOn: (nodeId: string, issue: GraphIssue) => void): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const node of nodes) {
    const first = seen.get(node.id);
    if (!first) {
      seen.set(node.id, node);
      continue;
    }
    reportOn(
      node.id,
      graphInvalid(node.id, `Layers ${first.name} and ${node.name} share the id '${node.id}'; ids must be unique, so ${node.name} is ignored.`, {
        reason: 'duplicate-id',
        id: node.id,
        layer: node.name,
      }),
    );
  }
  return [...seen.values()];
}

function checkNames(nodes: readonly GraphNode[], reportOn: (nodeId: string, issue: GraphIssue) => void): void {
  const seen = new Set<string>();
  for (const node of nodes) {
    if (!isValidLayerName(node.name)) {
      reportOn(
        node.id,
        graphInvalid(node.id, `Layer name '${node.name}' is not allowed: start with a letter or digit and use only letters, digits, '-', '_' and '.'.`, {
          reason: 'invalid-name',
          layer: node.name,
        }),
      );
    }
    if (seen.has(node.name)) {
      reportOn(node.id, graphInvalid(node.id, `Two layers are named '${node.name}'; rename one of them.`, { reason: 'duplicate-name', layer: node.name }));
    }
    seen.add(node.name);
  }
}

function knownEdges(edges: readonly GraphEdge[], nodeById: ReadonlyMap<string, GraphNode>, graphIssues: GraphIssue[]): GraphEdge[] {
  return edges.filter((edge) => {
    const missing = [edge.source, edge.target].filter((id) => !nodeById.has(id));
    if (missing.length === 0) return true;
    const knownEnd = nodeById.has(edge.source) ? edge.source : nodeById.has(edge.target) ? edge.target : null;
    graphIssues.push(
      graphInvalid(knownEnd, `Connection '${edge.id}' points to a layer that does not exist ('${missing.join("', '")}'); remove it.`, {
        reason: 'unknown-edge-node',
        edge: edge.id,
        source: edge.source,
        target: edge.target,
      }),
    );
    return false;
  });
}

function checkInputSlots(node: GraphNode, inputs: readonly GraphEdge[], reportOn: (nodeId: string, issue: GraphIssue) => void): void {
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i].targetHandle !== inputs[i - 1].targetHandle) continue;
    const slot = inputs[i].targetHandle;
    reportOn(
      node.id,
      graphInvalid(node.id, `${node.name} has two connections into input slot ${slot}, so their order is ambiguous; move one to another slot.`, {
        reason: 'duplicate-slot',
        layer: node.name,
        slot,
      }),
    );
  }
}

/** Reports a wrong number of inputs; returns whether the count is right. */
function checkInputCount(node: GraphNode, definition: LayerDefinition, count: number, reportOn: (nodeId: string, issue: GraphIssue) => void): boolean {
  const { min, max } = definition.inputs;
  if (count >= min && count <= max) return true;
  const details = { reason: 'input-count', layer: node.name, kind: node.kind, inputs: count, min, max };
  let message: string;
  if (max === 0) message = `${node.name}: an Input layer takes no inputs but has ${count}; remove the connections into it.`;
  else if (count < min && min === 1) message = `${node.name} needs an input but has none; connect a layer into it.`;
  else if (count < min) message = `${node.name} needs at least ${min} inputs but has ${count}; connect another layer into it.`;
  else if (max === 1) message = `${node.name} takes one input but has ${count}; remove the extra connections, or merge the branches first with Concatenate or Add.`;
  else message = `${node.name} takes at most ${max} inputs but has ${count}; remove the extra connections.`;
  reportOn(node.id, graphInvalid(node.id, message, details));
  return false;
}

function checkEnds(inputNodes: readonly GraphNode[], outputNodes: readonly GraphNode[], graphIssues: GraphIssue[]): void {
  if (inputNodes.length === 0) {
    graphIssues.push(graphInvalid(null, 'The model has no Input layer; add one at the top.', { reason: 'no-input' }));
  } else if (inputNodes.length > 1) {
    graphIssues.push(
      graphInvalid(inputNodes[1].id, `The model has ${inputNodes.length} Input layers (${nameList(inputNodes)}) but needs exactly one; remove the extra ones.`, {
        reason: 'many-inputs',
        count: inputNodes.length,
        layers: nameList(inputNodes),
      }),
    );
  }
  if (outputNodes.length === 1 && outputNodes[0].kind === 'input') {
    graphIssues.push(graphInvalid(outputNodes[0].id, 'The model has only its Input layer; add layers after it.', { reason: 'input-only' }));
  } else if (outputNodes.length === 0) {
    graphIssues.push(graphInvalid(null, 'The model has no last layer (every layer feeds another); one layer must end the model.', { reason: 'no-output' }));
  } else if (outputNodes.length > 1) {
    graphIssues.push(
      graphInvalid(
        null,
        `The model has ${outputNodes.length} last layers with nothing after them (${nameList(outputNodes)}) but needs exactly one output; connect or remove the extra ones.`,
        { reason: 'many-outputs', count: outputNodes.length, layers: nameList(outputNodes) },
      ),
    );
  }
}

/** Nodes no path from an Input layer reaches. Nodes with no inputs at all already got an input-count issue. */
function checkReachable(
  nodes: readonly GraphNode[],
  inputNodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  definitions: ReadonlyMap<string, LayerDefinition>,
  incoming: ReadonlyMap<string, GraphEdge[]>,
  reportOn: (nodeId: string, issue: GraphIssue) => void,
): void {
  const successors = new Map<string, string[]>();
  for (const edge of edges) successors.set(edge.source, [...(successors.get(edge.source) ?? []), edge.target]);
  const reached = new Set(inputNodes.map((node) => node.id));
  const queue = [...reached];
  while (queue.length) {
    for (const next of successors.get(queue.pop()!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  for (const node of nodes) {
    if (reached.has(node.id)) continue;
    if (incoming.get(node.id)!.length === 0 && definitions.has(node.id)) continue;
    reportOn(node.id, graphInvalid(node.id, `${node.name} is not connected to the Input layer; connect it or remove it.`, { reason: 'disconnected', layer: node.name }));
  }
}
