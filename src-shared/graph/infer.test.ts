import { describe, expect, it } from 'vitest';
import { GRAPH_VERSION, type Graph } from './format';
import { hasErrors, inferGraph, summarizeGraph } from './infer';
import { chainOf, graphOf } from './test-graphs';

/** code:reason@node for each issue, the shape the issue tables below compare. */
function issueKeys(graph: Graph): string[] {
  return inferGraph(graph).issues.map((issue) => `${issue.code}:${issue.details?.reason ?? ''}@${issue.nodeId ?? ''}`);
}

function shapes(graph: Graph): Record<string, number[] | null> {
  return Object.fromEntries(inferGraph(graph).nodes.map((node) => [node.nodeId, node.outputShape]));
}

const mnistCnn = chainOf(
  [28, 28, 1],
  [
    { kind: 'conv2d', params: { filters: 16, activation: 'relu' } },
    { kind: 'maxPooling2d' },
    { kind: 'conv2d', params: { filters: 32, activation: 'relu' } },
    { kind: 'maxPooling2d' },
    { kind: 'flatten' },
    { kind: 'dense', params: { units: 64, activation: 'relu' } },
    { kind: 'dropout', params: { rate: 0.25 } },
    { kind: 'dense', params: { units: 10, activation: 'softmax' } },
  ],
);

describe('inferGraph on valid graphs', () => {
  it('infers a CNN chain: order, shapes, parameters', () => {
    const inference = inferGraph(mnistCnn);
    expect(inference.issues).toEqual([]);
    expect(inference.nodes.map((n) => n.nodeId)).toEqual(['in', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8']);
    expect(inference.nodes.map((n) => n.outputShape)).toEqual([[28, 28, 1], [26, 26, 16], [13, 13, 16], [11, 11, 32], [5, 5, 32], [800], [64], [64], [10]]);
    expect(inference.nodes.map((n) => n.paramCount)).toEqual([0, 160, 0, 4640, 0, 0, 51264, 0, 650]);
    expect(inference.totalParams).toBe(56714);
    expect(inference.inputNodeId).toBe('in');
    expect(inference.outputNodeId).toBe('l8');
  });

  it('feeds merge layers their inputs in slot order, whatever the edge order', () => {
    const graph = graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [8] } },
        { name: 'wide', kind: 'dense', params: { units: 6 } },
        { name: 'narrow', kind: 'dense', params: { units: 4 } },
        { name: 'join', kind: 'concatenate' },
        { name: 'out', kind: 'dense', params: { units: 1 } },
      ],
      [
        ['join', 'out'],
        ['wide', 'join', 1],
        ['narrow', 'join', 0],
        ['in', 'wide'],
        ['in', 'narrow'],
      ],
    );
    const inference = inferGraph(graph);
    expect(inference.issues).toEqual([]);
    expect(inference.byId.get('join')!.inputIds).toEqual(['narrow', 'wide']);
    expect(inference.nodes.map((n) => n.nodeId)).toEqual(['in', 'wide', 'narrow', 'join', 'out']);
    expect(inference.byId.get('join')!.outputShape).toEqual([10]);
    expect(inference.totalParams).toBe(9 * 6 + 9 * 4 + 11);
  });

  it('infers a residual block', () => {
    const graph = graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [8, 8, 3] } },
        { name: 'conv', kind: 'conv2d', params: { filters: 3, padding: 'same' } },
        { name: 'skip', kind: 'add' },
        { name: 'gap', kind: 'globalAveragePooling2d' },
      ],
      [
        ['in', 'conv'],
        ['in', 'skip', 0],
        ['conv', 'skip', 1],
        ['skip', 'gap'],
      ],
    );
    expect(inferGraph(graph).issues).toEqual([]);
    expect(shapes(graph)).toEqual({ in: [8, 8, 3], conv: [8, 8, 3], skip: [8, 8, 3], gap: [3] });
  });

  it('summarizes layers in topological order', () => {
    const summary = summarizeGraph(mnistCnn);
    expect(summary.totalParams).toBe(56714);
    expect(summary.issues).toEqual([]);
    expect(summary.layers[0]).toEqual({ nodeId: 'in', name: 'in', kind: 'input', outputShape: [28, 28, 1], params: 0 });
    expect(summary.layers.at(-1)).toEqual({ nodeId: 'l8', name: 'l8', kind: 'dense', outputShape: [10], params: 650 });
  });
});

function manual(nodes: { id: string; name: string; kind: string; params?: Record<string, unknown> }[], edges: [string, string][]): Graph {
  return {
    version: GRAPH_VERSION,
    nodes: nodes.map((n) => ({ ...n, params: n.params ?? {}, position: { x: 0, y: 0 } })),
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target, targetHandle: 0 })),
  };
}

describe('inferGraph reports problems as issues', () => {
  const input = { name: 'in', kind: 'input', params: { shape: [4] } };
  const dense = (name: string, units = 3) => ({ name, kind: 'dense', params: { units } });

  const cases: [string, Graph, string[]][] = [
    [
      'a cycle through a merge layer',
      graphOf([input, dense('d1'), { name: 'sum', kind: 'add' }, dense('d2'), dense('d3')], [
        ['in', 'd1'],
        ['d1', 'sum', 0],
        ['d2', 'sum', 1],
        ['sum', 'd2'],
        ['sum', 'd3'],
      ]),
      ['GRAPH_INVALID:cycle@sum'],
    ],
    [
      'a layer feeding itself',
      graphOf([input, { name: 'sum', kind: 'add' }, dense('out')], [
        ['in', 'sum', 0],
        ['sum', 'sum', 1],
        ['sum', 'out'],
      ]),
      ['GRAPH_INVALID:cycle@sum'],
    ],
    ['an unknown kind', chainOf([4], [{ kind: 'capsule' }, { kind: 'dense' }]), ['GRAPH_INVALID:unknown-kind@l1']],
    ['a bad parameter', chainOf([4], [{ kind: 'dense', params: { units: 0 } }, { kind: 'dense' }]), ['GRAPH_INVALID:bad-param@l1']],
    [
      'a merge layer with one input',
      graphOf([input, { name: 'sum', kind: 'add' }], [['in', 'sum']]),
      ['GRAPH_INVALID:input-count@sum'],
    ],
    [
      'a Dense layer with two inputs',
      graphOf([input, dense('a'), dense('b')], [
        ['in', 'a'],
        ['in', 'b', 0],
        ['a', 'b', 1],
      ]),
      ['GRAPH_INVALID:input-count@b'],
    ],
    [
      'a connection into the input layer',
      graphOf([input, dense('a'), { name: 'sum', kind: 'add' }], [
        ['in', 'a'],
        ['a', 'in'],
        ['a', 'sum', 0],
        ['in', 'sum', 1],
      ]),
      ['GRAPH_INVALID:cycle@in', 'GRAPH_INVALID:input-count@in'],
    ],
    [
      'a connection to a layer that does not exist',
      graphOf([input, dense('a')], [
        ['in', 'a'],
        ['a', 'ghost'],
      ]),
      ['GRAPH_INVALID:unknown-edge-node@a'],
    ],
    ['no input layer', graphOf([dense('a')], []), ['GRAPH_INVALID:no-input@', 'GRAPH_INVALID:input-count@a']],
    [
      'two input layers',
      graphOf([input, { ...input, name: 'in2' }, { name: 'sum', kind: 'add' }], [
        ['in', 'sum', 0],
        ['in2', 'sum', 1],
      ]),
      ['GRAPH_INVALID:many-inputs@in2'],
    ],
    [
      'two last layers',
      graphOf([input, dense('a'), dense('b')], [
        ['in', 'a'],
        ['in', 'b'],
      ]),
      ['GRAPH_INVALID:many-outputs@'],
    ],
    [
      'an island not connected to the input',
      graphOf([input, dense('a'), dense('x'), dense('y'), { name: 'sum', kind: 'add' }], [
        ['in', 'a'],
        ['x', 'y'],
        ['a', 'sum', 0],
        ['y', 'sum', 1],
      ]),
      ['GRAPH_INVALID:input-count@x', 'GRAPH_INVALID:disconnected@y'],
    ],
    ['Dense on an image', chainOf([28, 28, 1], [{ kind: 'dense' }, { kind: 'dense' }]), ['SHAPE_ERROR:needs-flatten@l1']],
    [
      'two connections into the same slot',
      graphOf([input, dense('a'), dense('b'), { name: 'sum', kind: 'add' }], [
        ['in', 'a'],
        ['in', 'b'],
        ['a', 'sum', 0],
        ['b', 'sum', 0],
      ]),
      ['GRAPH_INVALID:duplicate-slot@sum'],
    ],
    [
      'duplicate names and a name tfjs refuses',
      manual(
        [
          { id: 'n1', name: 'in', kind: 'input', params: { shape: [4] } },
          { id: 'n2', name: 'hidden', kind: 'dense' },
          { id: 'n3', name: 'hidden', kind: 'dense' },
          { id: 'n4', name: 'my output', kind: 'dense' },
        ],
        [
          ['n1', 'n2'],
          ['n2', 'n3'],
          ['n3', 'n4'],
        ],
      ),
      ['GRAPH_INVALID:duplicate-name@n3', 'GRAPH_INVALID:invalid-name@n4'],
    ],
    [
      'duplicate ids',
      manual(
        [
          { id: 'n1', name: 'in', kind: 'input', params: { shape: [4] } },
          { id: 'n2', name: 'a', kind: 'dense' },
          { id: 'n2', name: 'b', kind: 'dense' },
        ],
        [['n1', 'n2']],
      ),
      ['GRAPH_INVALID:duplicate-id@n2'],
    ],
    ['an empty graph', graphOf([], []), ['GRAPH_INVALID:no-input@', 'GRAPH_INVALID:no-output@']],
    ['only an input layer', chainOf([4], []), ['GRAPH_INVALID:input-only@in']],
  ];

  it.each(cases)('%s', (_what, graph, expected) => {
    expect(issueKeys(graph)).toEqual(expected);
    expect(hasErrors(inferGraph(graph).issues)).toBe(true);
  });

  it.each(cases)('%s: says what is wrong and how to fix it in English and Spanish', (_what, graph) => {
    for (const issue of inferGraph(graph).issues) {
      expect(issue.text?.message.en).toBeTruthy();
      expect(issue.text?.message.es).toBeTruthy();
      expect(issue.text?.message.es).not.toBe(issue.text?.message.en);
      expect(issue.text?.fix?.en).toBeTruthy();
      expect(issue.text?.fix?.es).not.toBe(issue.text?.fix?.en);
      expect(issue.message.startsWith(issue.text!.message.en)).toBe(true);
    }
  });

  it('words a shape error with the layer name and the fix', () => {
    const [issue] = inferGraph(chainOf([13, 13, 32], [{ kind: 'dense', params: { units: 10 } }])).issues;
    expect(issue).toMatchObject({ code: 'SHAPE_ERROR', severity: 'error', nodeId: 'l1' });
    expect(issue.message).toBe('l1: Dense expects a flat input but gets (batch, 13, 13, 32); add Flatten before it.');
    expect(issue.details).toMatchObject({ layer: 'l1', kind: 'dense', inputShapes: '(batch, 13, 13, 32)', fix: 'add Flatten before it' });
    expect(issue.details?.fixEs).toContain('Flatten');
  });

  it('names the layer and the field of a bad parameter', () => {
    const [issue] = inferGraph(graphOf([input, { name: 'dense_1', kind: 'dense', params: { units: -2 } }], [['in', 'dense_1']])).issues;
    expect(issue.message).toMatch(/^dense_1: units must be an integer ≥ 1/);
    expect(issue.details).toMatchObject({ layer: 'dense_1', field: 'units' });
  });

  it('names the layers of a cycle', () => {
    const graph = cases[0][1];
    const cycle = inferGraph(graph).issues[0];
    expect(cycle.message).toContain('sum, d2');
    expect(shapes(graph)).toEqual({ in: [4], d1: [3], sum: null, d2: null, d3: null });
    // Nodes in or after the cycle still appear, after the sorted ones.
    expect(inferGraph(graph).nodes.map((n) => n.nodeId)).toEqual(['in', 'd1', 'sum', 'd2', 'd3']);
  });

  it('goes on past a broken layer: downstream shapes are null, other branches are inferred', () => {
    const graph = graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [16] } },
        { name: 'conv', kind: 'conv2d' },
        { name: 'after', kind: 'flatten' },
        { name: 'ok', kind: 'dense', params: { units: 5 } },
        { name: 'join', kind: 'concatenate' },
      ],
      [
        ['in', 'conv'],
        ['conv', 'after'],
        ['in', 'ok'],
        ['after', 'join', 0],
        ['ok', 'join', 1],
      ],
    );
    const inference = inferGraph(graph);
    expect(inference.issues.map((i) => i.code)).toEqual(['SHAPE_ERROR']);
    expect(shapes(graph)).toEqual({ in: [16], conv: null, after: null, ok: [5], join: null });
    expect(inference.totalParams).toBe(85);
  });
});
