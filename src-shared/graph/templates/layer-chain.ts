import { GRAPH_VERSION, type Graph, type GraphEdge, type GraphNode } from '../format';
import type { LayerParams } from '../layer-definition';
import { nextLayerName } from '../layer-names';

export interface LayerSpec {
  kind: string;
  params: LayerParams;
}

/** Vertical distance between layers, so a template opens on the canvas top to bottom. */
const ROW_HEIGHT = 100;
/** Horizontal distance between side branches (a residual block's skip path). */
const COLUMN_WIDTH = 240;

/**
 * Builds a template's graph layer by layer with Keras-style names (dense_1, dense_2, …): each layer
 * feeds from the previous one unless told its inputs (merges, skip connections).
 */
export class TemplateGraph {
  private readonly nodes: GraphNode[] = [];
  private readonly edges: GraphEdge[] = [];

  /** Adds a layer; `inputs` in input-slot order, by default the last layer added. Returns its id. */
  add(layer: LayerSpec, inputs?: readonly string[], column = 0): string {
    const id = `n${this.nodes.length + 1}`;
    const from = inputs ?? (this.nodes.length > 0 ? [this.nodes[this.nodes.length - 1].id] : []);
    this.nodes.push({
      id,
      kind: layer.kind,
      name: nextLayerName(layer.kind, this.nodes.map((node) => node.name)),
      params: { ...layer.params },
      position: { x: column * COLUMN_WIDTH, y: this.nodes.length * ROW_HEIGHT },
    });
    from.forEach((source, slot) => this.edges.push({ id: `e${this.edges.length + 1}`, source, target: id, targetHandle: slot }));
    return id;
  }

  addChain(layers: readonly LayerSpec[]): string {
    let last = '';
    for (const layer of layers) last = this.add(layer);
    return last;
  }

  graph(): Graph {
    return { version: GRAPH_VERSION, nodes: this.nodes.map((node) => ({ ...node })), edges: [...this.edges] };
  }
}

/** A graph where each layer feeds the next. */
export function chainGraph(layers: readonly LayerSpec[]): Graph {
  const builder = new TemplateGraph();
  builder.addChain(layers);
  return builder.graph();
}
