import { GRAPH_VERSION, type Graph } from './format';

// Compact graph construction for tests: layers are named, ids are the names, and edges are
// [source, target, slot?] tuples.

export interface TestLayer {
  name: string;
  kind: string;
  params?: Record<string, unknown>;
}

export function graphOf(layers: readonly TestLayer[], edges: readonly (readonly [string, string, number?])[]): Graph {
  return {
    version: GRAPH_VERSION,
    nodes: layers.map((layer, index) => ({ id: layer.name, kind: layer.kind, name: layer.name, params: { ...(layer.params ?? {}) }, position: { x: 0, y: index * 100 } })),
    edges: edges.map(([source, target, slot], index) => ({ id: `e${index + 1}`, source, target, targetHandle: slot ?? 0 })),
  };
}

/** input → each layer in turn; names are the kinds plus a position. */
export function chainOf(inputShape: number[], layers: readonly Omit<TestLayer, 'name'>[]): Graph {
  const named: TestLayer[] = [{ name: 'in', kind: 'input', params: { shape: inputShape } }, ...layers.map((layer, i) => ({ ...layer, name: `l${i + 1}` }))];
  return graphOf(
    named,
    named.slice(1).map((layer, i) => [named[i].name, layer.name] as const),
  );
}
