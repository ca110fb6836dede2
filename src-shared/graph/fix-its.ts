import type { GraphFix } from '../contract/models';
import { edgeId, nextLayerName, nextNodeId, type GraphCommand } from './commands';
import type { Graph, GraphEdge, GraphNode } from './format';
import type { ParamValue } from './param-fields';

// One-click repairs: each is the commands that fix one issue, applied by the canvas through its
// history so a fix can be undone. Only fixes with a single obvious outcome are offered.

function incomingEdges(graph: Graph, nodeId: string): GraphEdge[] {
  return graph.edges.filter((edge) => edge.target === nodeId).sort((a, b) => a.targetHandle - b.targetHandle);
}

/** Puts a new layer of `kind` on the connection into `nodeId`'s first input: "Insert Flatten". */
export function insertLayerBeforeFix(graph: Graph, nodeId: string, kind: string, label: GraphFix['label']): GraphFix | null {
  const target = graph.nodes.find((node) => node.id === nodeId);
  const [edge] = incomingEdges(graph, nodeId);
  const source = edge && graph.nodes.find((node) => node.id === edge.source);
  if (!target || !edge || !source) return null;
  const inserted: GraphNode = {
    id: nextNodeId(graph, kind),
    kind,
    name: nextLayerName(graph, kind),
    params: {},
    position: { x: (source.position.x + target.position.x) / 2, y: (source.position.y + target.position.y) / 2 },
  };
  const commands: GraphCommand[] = [
    { type: 'addLayer', node: inserted },
    { type: 'disconnect', edgeId: edge.id },
    { type: 'connect', edge: { id: edgeId(source.id, inserted.id, 0), source: source.id, target: inserted.id, targetHandle: 0 } },
    { type: 'connect', edge: { id: edgeId(inserted.id, target.id, edge.targetHandle), source: inserted.id, target: target.id, targetHandle: edge.targetHandle } },
  ];
  return { id: `insert-${kind}`, label, commands };
}

/** Removes a single-input layer and joins its input straight to whatever it fed: "Remove Flatten". */
export function bypassLayerFix(graph: Graph, nodeId: string, label: GraphFix['label']): GraphFix | null {
  const [input, ...others] = incomingEdges(graph, nodeId);
  if (!input || others.length > 0) return null;
  const outgoing = graph.edges.filter((edge) => edge.source === nodeId);
  const commands: GraphCommand[] = [
    { type: 'removeLayer', nodeId },
    ...outgoing.map(
      (edge): GraphCommand => ({
        type: 'connect',
        edge: { id: edgeId(input.source, edge.target, edge.targetHandle), source: input.source, target: edge.target, targetHandle: edge.targetHandle },
      }),
    ),
  ];
  return { id: 'bypass-layer', label, commands };
}

export function setParamFix(nodeId: string, name: string, value: ParamValue, label: GraphFix['label']): GraphFix {
  return { id: `set-${name}`, label, commands: [{ type: 'setParam', nodeId, name, value }] };
}

export function setParamsFix(nodeId: string, values: Record<string, ParamValue>, label: GraphFix['label']): GraphFix {
  return {
    id: `set-${Object.keys(values).join('-')}`,
    label,
    commands: Object.entries(values).map(([name, value]): GraphCommand => ({ type: 'setParam', nodeId, name, value })),
  };
}

export function removeLayerFix(graph: Graph, nodeId: string): GraphFix | null {
  const node = graph.nodes.find((candidate) => candidate.id === nodeId);
  if (!node) return null;
  return { id: 'remove-layer', label: { en: `Remove ${node.name}`, es: `Quitar ${node.name}` }, commands: [{ type: 'removeLayer', nodeId }] };
}
