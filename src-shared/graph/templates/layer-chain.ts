import { GRAPH_VERSION, type Graph, type GraphEdge, type GraphNode } from '../format';
import type { LayerParams } from '../layer-definition';
import { nextLayerName } from '../layer-names';

export interface LayerSpec {
  kind: string;
  params: LayerParams;
}

/** Vertical distance between layers, so a template opens on the canvas top to bottom. */
const ROW_HEIGHT = 100;

/** A graph where each layer feeds the next, with Keras-style names (dense_1, dense_2, …). */
export function chainGraph(layers: readonly LayerSpec[]): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  layers.forEach((layer, index) => {
    const id = `n${index + 1}`;
    nodes.push({
      id,
      kind: layer.kind,
      name: nextLayerName(layer.kind, nodes.map((node) => node.name)),
      params: { ...layer.params },
      position: { x: 0, y: index * ROW_HEIGHT },
    });
    if (index > 0) edges.push({ id: `e${index}`, source: `n${index}`, target: id, targetHandle: 0 });
  });
  return { version: GRAPH_VERSION, nodes, edges };
}
