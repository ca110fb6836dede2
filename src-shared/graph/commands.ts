import { z } from 'zod';
import { StudioError, type ErrorDetails } from '../errors';
import { GraphEdgeSchema, GraphNodeSchema, type Graph, type GraphEdge, type GraphNode } from './format';
import { isValidLayerName, nextLayerName as firstFreeLayerName } from './layer-names';
import { findLayerDefinition } from './layers';
import { ParamValueSchema, type ParamValue } from './param-fields';

// Graph edits are data (STYLE.md point 5): the canvas, quick fixes and importers change a graph only
// through these commands, applied by pure functions that also return the command that undoes them.
// The contract with the canvas is /work/team/GRAPH-COMMANDS.md.

export type GraphCommand =
  /** `index` places the node in `nodes` (default: at the end); inverses use it to restore order. */
  | { type: 'addLayer'; node: GraphNode; index?: number }
  /** Also removes the node's edges. */
  | { type: 'removeLayer'; nodeId: string }
  | { type: 'connect'; edge: GraphEdge; index?: number }
  | { type: 'disconnect'; edgeId: string }
  /** `value: undefined` puts the param back to its default (removes it from the node's params). */
  | { type: 'setParam'; nodeId: string; name: string; value: ParamValue | undefined }
  | { type: 'moveLayer'; nodeId: string; position: { x: number; y: number } }
  | { type: 'renameLayer'; nodeId: string; name: string }
  /** Applied in order; its inverse undoes them in reverse order. */
  | { type: 'batch'; commands: GraphCommand[] };

const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
const IndexSchema = z.number().int().min(0).optional();

export const GraphCommandSchema: z.ZodType<GraphCommand> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('addLayer'), node: GraphNodeSchema, index: IndexSchema }),
    z.strictObject({ type: z.literal('removeLayer'), nodeId: z.string().min(1) }),
    z.strictObject({ type: z.literal('connect'), edge: GraphEdgeSchema, index: IndexSchema }),
    z.strictObject({ type: z.literal('disconnect'), edgeId: z.string().min(1) }),
    z.strictObject({ type: z.literal('setParam'), nodeId: z.string().min(1), name: z.string().min(1).max(64), value: ParamValueSchema.optional() }),
    z.strictObject({ type: z.literal('moveLayer'), nodeId: z.string().min(1), position: PositionSchema }),
    z.strictObject({ type: z.literal('renameLayer'), nodeId: z.string().min(1), name: z.string().min(1).max(64) }),
    z.strictObject({ type: z.literal('batch'), commands: z.array(GraphCommandSchema).max(10_000) }),
  ]),
) as z.ZodType<GraphCommand>;

export interface CommandResult {
  graph: Graph;
  /** Applying it to `graph` gives back the graph the command was applied to. */
  inverse: GraphCommand;
}

function invalid(message: string, details: ErrorDetails): StudioError {
  return new StudioError('GRAPH_INVALID', message, { reason: 'bad-command', ...details });
}

function requireNode(graph: Graph, nodeId: string, command: string): { node: GraphNode; index: number } {
  const index = graph.nodes.findIndex((node) => node.id === nodeId);
  if (index < 0) throw invalid(`${command}: there is no layer with id '${nodeId}'`, { command, nodeId });
  return { node: graph.nodes[index], index };
}

function insertAt<T>(list: readonly T[], item: T, index: number | undefined): T[] {
  const at = index === undefined ? list.length : Math.min(index, list.length);
  return [...list.slice(0, at), item, ...list.slice(at)];
}

function replaceNode(graph: Graph, index: number, node: GraphNode): Graph {
  const nodes = [...graph.nodes];
  nodes[index] = node;
  return { ...graph, nodes };
}

function requireFreeName(graph: Graph, name: string, command: string, exceptId?: string): void {
  if (!isValidLayerName(name)) {
    throw invalid(`${command}: '${name}' is not a valid layer name (start with a letter or digit; letters, digits, '-', '_' and '.')`, { command, name });
  }
  const holder = graph.nodes.find((node) => node.name === name && node.id !== exceptId);
  if (holder) throw invalid(`${command}: the name '${name}' is already used by another layer`, { command, name, nodeId: holder.id });
}

/** Whether `to` can be reached from `from` by following edges (so an edge to → from would close a cycle). */
function reaches(graph: Graph, from: string, to: string): boolean {
  const successors = new Map<string, string[]>();
  for (const edge of graph.edges) successors.set(edge.source, [...(successors.get(edge.source) ?? []), edge.target]);
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (id === to) return true;
    for (const next of successors.get(id) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return false;
}

function addLayer(graph: Graph, node: GraphNode, index: number | undefined): CommandResult {
  const parsed = GraphNodeSchema.safeParse(node);
  if (!parsed.success) throw invalid(`addLayer: the layer is malformed (${parsed.error.issues[0].message})`, { command: 'addLayer' });
  if (graph.nodes.some((other) => other.id === node.id)) throw invalid(`addLayer: a layer with id '${node.id}' already exists`, { command: 'addLayer', nodeId: node.id });
  requireFreeName(graph, node.name, 'addLayer');
  return { graph: { ...graph, nodes: insertAt(graph.nodes, parsed.data, index) }, inverse: { type: 'removeLayer', nodeId: node.id } };
}

function removeLayer(graph: Graph, nodeId: string): CommandResult {
  const { node, index } = requireNode(graph, nodeId, 'removeLayer');
  const restoreEdges: GraphCommand[] = [];
  graph.edges.forEach((edge, edgeIndex) => {
    if (edge.source === nodeId || edge.target === nodeId) restoreEdges.push({ type: 'connect', edge, index: edgeIndex });
  });
  return {
    graph: { ...graph, nodes: graph.nodes.filter((other) => other.id !== nodeId), edges: graph.edges.filter((edge) => edge.source !== nodeId && edge.target !== nodeId) },
    // Edges go back in ascending index order, so each lands where it was.
    inverse: { type: 'batch', commands: [{ type: 'addLayer', node, index }, ...restoreEdges] },
  };
}

function connect(graph: Graph, edge: GraphEdge, index: number | undefined): CommandResult {
  const parsed = GraphEdgeSchema.safeParse(edge);
  if (!parsed.success) throw invalid(`connect: the connection is malformed (${parsed.error.issues[0].message})`, { command: 'connect' });
  const { targetHandle } = parsed.data;
  const details = { command: 'connect', edge: edge.id, source: edge.source, target: edge.target };
  if (graph.edges.some((other) => other.id === edge.id)) throw invalid(`connect: a connection with id '${edge.id}' already exists`, details);
  const source = requireNode(graph, edge.source, 'connect').node;
  const target = requireNode(graph, edge.target, 'connect').node;
  if (edge.source === edge.target) throw invalid(`connect: ${source.name} cannot feed itself`, { ...details, reason: 'cycle' });
  if (reaches(graph, edge.target, edge.source)) {
    throw invalid(`connect: ${source.name} → ${target.name} would make a cycle, since ${target.name} already feeds ${source.name}`, { ...details, reason: 'cycle' });
  }
  const taken = graph.edges.find((other) => other.target === edge.target && other.targetHandle === targetHandle);
  if (taken) {
    throw invalid(`connect: input ${targetHandle} of ${target.name} is already connected; disconnect it first or use another input`, {
      ...details,
      reason: 'slot-taken',
      slot: targetHandle,
    });
  }
  return { graph: { ...graph, edges: insertAt(graph.edges, parsed.data, index) }, inverse: { type: 'disconnect', edgeId: edge.id } };
}

function disconnect(graph: Graph, edgeId: string): CommandResult {
  const index = graph.edges.findIndex((edge) => edge.id === edgeId);
  if (index < 0) throw invalid(`disconnect: there is no connection with id '${edgeId}'`, { command: 'disconnect', edge: edgeId });
  return { graph: { ...graph, edges: graph.edges.filter((edge) => edge.id !== edgeId) }, inverse: { type: 'connect', edge: graph.edges[index], index } };
}

function setParam(graph: Graph, nodeId: string, name: string, value: ParamValue | undefined): CommandResult {
  const { node, index } = requireNode(graph, nodeId, 'setParam');
  const definition = findLayerDefinition(node.kind);
  if (definition && !(name in definition.fields)) {
    throw invalid(`setParam: a ${node.kind} layer has no parameter '${name}'`, { command: 'setParam', nodeId, kind: node.kind, field: name });
  }
  const previous = Object.hasOwn(node.params, name) ? (node.params[name] as ParamValue) : undefined;
  const params = { ...node.params };
  if (value === undefined) delete params[name];
  else params[name] = value;
  return { graph: replaceNode(graph, index, { ...node, params }), inverse: { type: 'setParam', nodeId, name, value: previous } };
}

function moveLayer(graph: Graph, nodeId: string, position: { x: number; y: number }): CommandResult {
  const { node, index } = requireNode(graph, nodeId, 'moveLayer');
  return { graph: replaceNode(graph, index, { ...node, position: { x: position.x, y: position.y } }), inverse: { type: 'moveLayer', nodeId, position: node.position } };
}

function renameLayer(graph: Graph, nodeId: string, name: string): CommandResult {
  const { node, index } = requireNode(graph, nodeId, 'renameLayer');
  requireFreeName(graph, name, 'renameLayer', nodeId);
  return { graph: replaceNode(graph, index, { ...node, name }), inverse: { type: 'renameLayer', nodeId, name: node.name } };
}

/**
 * Pure. Throws StudioError('GRAPH_INVALID', …) naming what is wrong (unknown node, duplicate id or
 * name, an edge that would make a cycle, a second edge into a taken input slot); a batch that
 * fails part-way changes nothing.
 */
export function applyCommand(graph: Graph, command: GraphCommand): CommandResult {
  switch (command.type) {
    case 'addLayer':
      return addLayer(graph, command.node, command.index);
    case 'removeLayer':
      return removeLayer(graph, command.nodeId);
    case 'connect':
      return connect(graph, command.edge, command.index);
    case 'disconnect':
      return disconnect(graph, command.edgeId);
    case 'setParam':
      return setParam(graph, command.nodeId, command.name, command.value);
    case 'moveLayer':
      return moveLayer(graph, command.nodeId, command.position);
    case 'renameLayer':
      return renameLayer(graph, command.nodeId, command.name);
    case 'batch':
      return applyCommands(graph, command.commands);
  }
}

/** Applies commands in order; the inverse is one batch undoing them in reverse order. */
export function applyCommands(graph: Graph, commands: readonly GraphCommand[]): CommandResult {
  let current = graph;
  const inverses: GraphCommand[] = [];
  for (const command of commands) {
    const result = applyCommand(current, command);
    current = result.graph;
    inverses.unshift(result.inverse);
  }
  return { graph: current, inverse: { type: 'batch', commands: inverses } };
}

/** A fresh node id for a new layer of `kind`: kind-N, N one more than the largest in use. */
export function nextNodeId(graph: Graph, kind: string): string {
  const prefix = `${kind}-`;
  let largest = 0;
  for (const node of graph.nodes) {
    if (!node.id.startsWith(prefix)) continue;
    const n = Number(node.id.slice(prefix.length));
    if (Number.isInteger(n) && n > largest) largest = n;
  }
  return `${prefix}${largest + 1}`;
}

/** The first free Keras-style name for a new layer of `kind` (dense_1, dense_2, …). */
export function nextLayerName(graph: Graph, kind: string): string {
  return firstFreeLayerName(kind, graph.nodes.map((node) => node.name));
}

/** The id of the connection from `source` into input slot `handle` of `target`. */
export function edgeId(source: string, target: string, handle = 0): string {
  return `${source}->${target}:${handle}`;
}
