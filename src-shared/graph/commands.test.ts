import { describe, expect, it } from 'vitest';
import { StudioError } from '../errors';
import { applyCommand, applyCommands, edgeId, GraphCommandSchema, nextLayerName, nextNodeId, type GraphCommand } from './commands';
import type { Graph, GraphNode } from './format';
import { graphOf } from './test-graphs';

// in → d1 → sum(slot 0); in → d2 → sum(slot 1); sum → out
const base: Graph = graphOf(
  [
    { name: 'in', kind: 'input', params: { shape: [4] } },
    { name: 'd1', kind: 'dense', params: { units: 3 } },
    { name: 'd2', kind: 'dense', params: { units: 3, activation: 'relu' } },
    { name: 'sum', kind: 'add' },
    { name: 'out', kind: 'dense', params: { units: 2 } },
  ],
  [
    ['in', 'd1'],
    ['in', 'd2'],
    ['d1', 'sum', 0],
    ['d2', 'sum', 1],
    ['sum', 'out'],
  ],
);

const dropout: GraphNode = { id: 'drop', kind: 'dropout', name: 'dropout_1', params: { rate: 0.2 }, position: { x: 5, y: 6 } };

function frozen(graph: Graph): Graph {
  return JSON.parse(JSON.stringify(graph)) as Graph;
}

// [what, command, check on the new graph]
const commands: [string, GraphCommand, (graph: Graph) => void][] = [
  ['addLayer at the end', { type: 'addLayer', node: dropout }, (g) => expect(g.nodes.at(-1)).toEqual(dropout)],
  ['addLayer at an index', { type: 'addLayer', node: dropout, index: 1 }, (g) => expect(g.nodes.map((n) => n.id)).toEqual(['in', 'drop', 'd1', 'd2', 'sum', 'out'])],
  [
    'removeLayer with its edges',
    { type: 'removeLayer', nodeId: 'd2' },
    (g) => {
      expect(g.nodes.map((n) => n.id)).toEqual(['in', 'd1', 'sum', 'out']);
      expect(g.edges.map((e) => e.id)).toEqual(['e1', 'e3', 'e5']);
    },
  ],
  ['removeLayer of the first layer', { type: 'removeLayer', nodeId: 'in' }, (g) => expect(g.edges.map((e) => e.id)).toEqual(['e3', 'e4', 'e5'])],
  ['disconnect', { type: 'disconnect', edgeId: 'e3' }, (g) => expect(g.edges.map((e) => e.id)).toEqual(['e1', 'e2', 'e4', 'e5'])],
  [
    'connect',
    { type: 'connect', edge: { id: 'skip', source: 'in', target: 'sum', targetHandle: 2 } },
    (g) => expect(g.edges.at(-1)).toEqual({ id: 'skip', source: 'in', target: 'sum', targetHandle: 2 }),
  ],
  ['setParam of a new value', { type: 'setParam', nodeId: 'd1', name: 'units', value: 10 }, (g) => expect(g.nodes[1].params).toEqual({ units: 10 })],
  ['setParam of an unset field', { type: 'setParam', nodeId: 'd1', name: 'activation', value: 'tanh' }, (g) => expect(g.nodes[1].params).toEqual({ units: 3, activation: 'tanh' })],
  ['setParam back to the default', { type: 'setParam', nodeId: 'd2', name: 'activation', value: undefined }, (g) => expect(g.nodes[2].params).toEqual({ units: 3 })],
  ['setParam of a list', { type: 'setParam', nodeId: 'in', name: 'shape', value: [2, 2] }, (g) => expect(g.nodes[0].params.shape).toEqual([2, 2])],
  ['moveLayer', { type: 'moveLayer', nodeId: 'out', position: { x: 10, y: -20.5 } }, (g) => expect(g.nodes[4].position).toEqual({ x: 10, y: -20.5 })],
  ['renameLayer', { type: 'renameLayer', nodeId: 'out', name: 'predictions' }, (g) => expect(g.nodes[4].name).toBe('predictions')],
  ['renameLayer to its own name', { type: 'renameLayer', nodeId: 'out', name: 'out' }, (g) => expect(g).toEqual(base)],
  [
    'batch: insert a layer into a connection',
    {
      type: 'batch',
      commands: [
        { type: 'addLayer', node: dropout },
        { type: 'disconnect', edgeId: 'e5' },
        { type: 'connect', edge: { id: edgeId('sum', 'drop'), source: 'sum', target: 'drop', targetHandle: 0 } },
        { type: 'connect', edge: { id: edgeId('drop', 'out'), source: 'drop', target: 'out', targetHandle: 0 } },
      ],
    },
    (g) => expect(g.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['in>d1', 'in>d2', 'd1>sum', 'd2>sum', 'sum>drop', 'drop>out']),
  ],
  [
    'batch: a drag of two layers',
    {
      type: 'batch',
      commands: [
        { type: 'moveLayer', nodeId: 'd1', position: { x: 1, y: 1 } },
        { type: 'moveLayer', nodeId: 'd2', position: { x: 2, y: 2 } },
      ],
    },
    (g) => expect(g.nodes.slice(1, 3).map((n) => n.position)).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 2 },
    ]),
  ],
  [
    'batch: the same param twice',
    {
      type: 'batch',
      commands: [
        { type: 'setParam', nodeId: 'd1', name: 'units', value: 5 },
        { type: 'setParam', nodeId: 'd1', name: 'units', value: 7 },
      ],
    },
    (g) => expect(g.nodes[1].params.units).toBe(7),
  ],
  ['an empty batch', { type: 'batch', commands: [] }, (g) => expect(g).toEqual(base)],
  [
    'setParam of an enum',
    { type: 'setParam', nodeId: 'd1', name: 'kernelInitializer', value: 'heNormal' },
    (g) => expect(g.nodes[1].params.kernelInitializer).toBe('heNormal'),
  ],
];

describe('applyCommand and its inverse', () => {
  it.each(commands)('%s', (_what, command, check) => {
    const before = frozen(base);
    const { graph, inverse } = applyCommand(base, command);
    check(graph);
    expect(base).toEqual(before); // pure: the input graph is untouched
    const undone = applyCommand(graph, inverse);
    expect(undone.graph).toEqual(base);
    expect(undone.graph.nodes.map((n) => n.id)).toEqual(base.nodes.map((n) => n.id));
    expect(undone.graph.edges.map((e) => e.id)).toEqual(base.edges.map((e) => e.id));
    // Undoing the undo redoes the command.
    expect(applyCommand(undone.graph, undone.inverse).graph).toEqual(graph);
  });

  it.each(commands)('%s survives a trip through its schema (it crosses IPC in quick fixes)', (_what, command) => {
    const parsed = GraphCommandSchema.parse(JSON.parse(JSON.stringify(command)));
    expect(applyCommand(base, parsed).graph).toEqual(applyCommand(base, command).graph);
    expect(GraphCommandSchema.parse(applyCommand(base, command).inverse)).toBeTruthy();
  });

  it('applyCommands undoes a whole sequence in one inverse', () => {
    const sequence = commands.map(([, command]) => command).filter((command) => command.type !== 'removeLayer' && command.type !== 'addLayer');
    const { graph, inverse } = applyCommands(base, sequence.slice(0, 6));
    expect(graph).not.toEqual(base);
    expect(applyCommand(graph, inverse).graph).toEqual(base);
  });

  it('restores a removed merge input into its slot and position', () => {
    const removed = applyCommand(base, { type: 'removeLayer', nodeId: 'd1' });
    expect(removed.inverse).toEqual({
      type: 'batch',
      commands: [
        { type: 'addLayer', node: base.nodes[1], index: 1 },
        { type: 'connect', edge: base.edges[0], index: 0 },
        { type: 'connect', edge: base.edges[2], index: 2 },
      ],
    });
  });
});

function failure(command: GraphCommand, graph: Graph = base): StudioError {
  try {
    applyCommand(graph, command);
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error(`${command.type} was applied`);
}

describe('applyCommand refuses', () => {
  const refused: [string, GraphCommand, RegExp][] = [
    ['a duplicate node id', { type: 'addLayer', node: { ...dropout, id: 'd1' } }, /id 'd1' already exists/],
    ['a duplicate layer name', { type: 'addLayer', node: { ...dropout, name: 'd1' } }, /name 'd1' is already used/],
    ['an invalid layer name', { type: 'addLayer', node: { ...dropout, name: 'a/b' } }, /not a valid layer name/],
    ['a malformed node', { type: 'addLayer', node: { ...dropout, position: { x: 1 } } as unknown as GraphNode }, /malformed/],
    ['removing an unknown node', { type: 'removeLayer', nodeId: 'nope' }, /no layer with id 'nope'/],
    ['a connection from an unknown node', { type: 'connect', edge: { id: 'x', source: 'nope', target: 'd1', targetHandle: 0 } }, /no layer with id 'nope'/],
    ['a duplicate edge id', { type: 'connect', edge: { id: 'e1', source: 'in', target: 'sum', targetHandle: 2 } }, /'e1' already exists/],
    ['a self loop', { type: 'connect', edge: { id: 'x', source: 'd1', target: 'd1', targetHandle: 1 } }, /cannot feed itself/],
    ['an edge that closes a cycle', { type: 'connect', edge: { id: 'x', source: 'out', target: 'd1', targetHandle: 1 } }, /would make a cycle, since d1 already feeds out/],
    ['a second edge into a taken slot', { type: 'connect', edge: { id: 'x', source: 'in', target: 'sum', targetHandle: 1 } }, /input 1 of sum is already connected/],
    ['disconnecting an unknown edge', { type: 'disconnect', edgeId: 'nope' }, /no connection with id 'nope'/],
    ['a param the kind does not have', { type: 'setParam', nodeId: 'd1', name: 'filters', value: 3 }, /dense layer has no parameter 'filters'/],
    ['moving an unknown node', { type: 'moveLayer', nodeId: 'nope', position: { x: 0, y: 0 } }, /no layer with id 'nope'/],
    ['renaming to a taken name', { type: 'renameLayer', nodeId: 'd1', name: 'd2' }, /name 'd2' is already used/],
  ];

  it.each(refused)('%s', (_what, command, message) => {
    const err = failure(command);
    expect(err.code).toBe('GRAPH_INVALID');
    expect(err.message).toMatch(message);
  });

  it('a batch that fails part-way, leaving the graph as it was', () => {
    const before = frozen(base);
    const err = failure({
      type: 'batch',
      commands: [
        { type: 'setParam', nodeId: 'd1', name: 'units', value: 9 },
        { type: 'removeLayer', nodeId: 'nope' },
      ],
    });
    expect(err.message).toMatch(/nope/);
    expect(base).toEqual(before);
  });

  it('a malformed command at the IPC boundary', () => {
    expect(GraphCommandSchema.safeParse({ type: 'setParam', nodeId: 'd1', name: 'units', value: { nested: true } }).success).toBe(false);
    expect(GraphCommandSchema.safeParse({ type: 'explode' }).success).toBe(false);
    expect(GraphCommandSchema.safeParse({ type: 'moveLayer', nodeId: 'd1', position: { x: Number.NaN, y: 0 } }).success).toBe(false);
  });
});

describe('id and name helpers', () => {
  it('give deterministic, unused ids and Keras-style names', () => {
    expect(nextNodeId(base, 'dense')).toBe('dense-1');
    const withTwo = applyCommand(base, { type: 'addLayer', node: { ...dropout, id: 'dense-4', name: 'dense_1' } }).graph;
    expect(nextNodeId(withTwo, 'dense')).toBe('dense-5');
    expect(nextNodeId(withTwo, 'dense')).toBe(nextNodeId(withTwo, 'dense'));
    expect(nextLayerName(withTwo, 'dense')).toBe('dense_2');
    expect(nextLayerName(base, 'maxPooling2d')).toBe('max_pooling2d_1');
    expect(edgeId('a', 'b', 2)).toBe('a->b:2');
    expect(edgeId('a', 'b')).toBe('a->b:0');
  });
});
