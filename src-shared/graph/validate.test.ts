import { describe, expect, it } from 'vitest';
import type { DatasetShapeInfo } from '../data/dataset';
import { applyCommands } from './commands';
import type { Graph } from './format';
import { chainOf, graphOf } from './test-graphs';
import { firstError, validateGraph, type ValidationOptions } from './validate';

const mnist: DatasetShapeInfo = { name: 'MNIST', task: 'classification', inputShape: [28, 28, 1], classes: '0123456789'.split('') };
const spam: DatasetShapeInfo = { name: 'Spam', task: 'classification', inputShape: [4], classes: ['ham', 'spam'] };
const iris: DatasetShapeInfo = { name: 'Iris', task: 'classification', inputShape: [4], classes: ['a', 'b', 'c'] };

interface Case {
  what: string;
  graph: Graph;
  options?: ValidationOptions;
  /** code:reason@node of the first error. */
  expected: string;
  /** The label of the offered fix, or null when none is unambiguous. */
  fix: string | null;
}

const cases: Case[] = [
  {
    what: 'Dense after Conv2D without Flatten',
    graph: chainOf([28, 28, 1], [{ kind: 'conv2d', params: { filters: 4 } }, { kind: 'dense', params: { units: 10, activation: 'softmax' } }]),
    expected: 'SHAPE_ERROR:needs-flatten@l2',
    fix: 'Insert Flatten',
  },
  {
    what: 'a kernel larger than its input',
    graph: chainOf([3, 3, 1], [{ kind: 'conv2d', params: { filters: 2, kernelSize: [5, 5] } }, { kind: 'flatten' }, { kind: 'dense', params: { units: 2 } }]),
    expected: 'SHAPE_ERROR:window-too-large@l1',
    fix: "Use padding 'same'",
  },
  {
    what: 'strides shrinking a dimension to zero',
    graph: chainOf(
      [8, 8, 1],
      [
        { kind: 'conv2d', params: { filters: 2, strides: [2, 2] } },
        { kind: 'maxPooling2d' },
        { kind: 'conv2d', params: { filters: 2 } },
        { kind: 'flatten' },
        { kind: 'dense', params: { units: 2 } },
      ],
    ),
    expected: 'SHAPE_ERROR:strides-shrink@l3',
    fix: "Use padding 'same'",
  },
  {
    what: 'an output size different from the number of classes',
    graph: chainOf([28, 28, 1], [{ kind: 'flatten' }, { kind: 'dense', params: { units: 3, activation: 'softmax' } }]),
    options: { dataset: mnist },
    expected: 'MODEL_OUTPUT_MISMATCH:units@l2',
    fix: 'Set units to 10',
  },
  {
    what: 'binary cross-entropy with more than one output unit (implied by a sigmoid over two classes)',
    graph: chainOf([4], [{ kind: 'dense', params: { units: 2, activation: 'sigmoid' } }]),
    options: { dataset: spam },
    expected: 'MODEL_OUTPUT_MISMATCH:binary-crossentropy-units@l1',
    fix: 'Set units to 1 (sigmoid)',
  },
  {
    what: 'binary cross-entropy chosen for a softmax output of three units',
    graph: chainOf([4], [{ kind: 'dense', params: { units: 3, activation: 'softmax' } }]),
    options: { loss: 'binaryCrossentropy' },
    expected: 'MODEL_OUTPUT_MISMATCH:binary-crossentropy-units@l1',
    fix: 'Set units to 1 (sigmoid)',
  },
  {
    what: 'a cycle',
    graph: graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [4] } },
        { name: 'a', kind: 'dense', params: { units: 4 } },
        { name: 'sum', kind: 'add' },
        { name: 'b', kind: 'dense', params: { units: 4 } },
        { name: 'out', kind: 'dense', params: { units: 1 } },
      ],
      [
        ['in', 'a'],
        ['a', 'sum', 0],
        ['b', 'sum', 1],
        ['sum', 'b'],
        ['b', 'out'],
      ],
    ),
    expected: 'GRAPH_INVALID:cycle@sum',
    fix: null,
  },
  {
    what: 'a dangling node',
    graph: graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [4] } },
        { name: 'out', kind: 'dense', params: { units: 3 } },
        { name: 'stray', kind: 'dense', params: { units: 8 } },
      ],
      [['in', 'out']],
    ),
    expected: 'GRAPH_INVALID:many-outputs@',
    fix: null,
  },
  {
    what: 'a merge of incompatible shapes',
    graph: graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [4] } },
        { name: 'a', kind: 'dense', params: { units: 3 } },
        { name: 'b', kind: 'dense', params: { units: 5 } },
        { name: 'sum', kind: 'add' },
      ],
      [
        ['in', 'a'],
        ['in', 'b'],
        ['a', 'sum', 0],
        ['b', 'sum', 1],
      ],
    ),
    expected: 'SHAPE_ERROR:merge-shapes@sum',
    fix: null,
  },
  {
    what: 'an input shape that does not match the dataset',
    graph: chainOf([5], [{ kind: 'dense', params: { units: 3, activation: 'softmax' } }]),
    options: { dataset: iris },
    expected: 'MODEL_INPUT_MISMATCH:@in',
    fix: 'Set the input shape to [4]',
  },
  {
    what: 'Flatten on an input that is already flat',
    graph: chainOf([4], [{ kind: 'flatten' }, { kind: 'dense', params: { units: 3, activation: 'softmax' } }]),
    expected: 'SHAPE_ERROR:already-flat@l1',
    fix: 'Remove l1',
  },
  {
    what: 'a dilated convolution tfjs cannot train',
    graph: chainOf([9, 9, 1], [{ kind: 'conv2d', params: { filters: 2, dilationRate: [2, 2] } }, { kind: 'flatten' }, { kind: 'dense', params: { units: 2 } }]),
    expected: 'GRAPH_INVALID:not-trainable@l1',
    fix: 'Set dilation to 1',
  },
];

describe('validateGraph finds each problem, explains it in both languages and fixes what has one fix', () => {
  it.each(cases.map((c) => [c.what, c] as const))('%s', (_what, { graph, options, expected, fix }) => {
    const { issues } = validateGraph(graph, options);
    const issue = firstError(issues)!;
    expect(`${issue.code}:${issue.details?.reason ?? ''}@${issue.nodeId ?? ''}`).toBe(expected);
    expect(issue.text?.message.en).toBeTruthy();
    expect(issue.text?.message.es).toBeTruthy();
    expect(issue.text?.message.es).not.toBe(issue.text?.message.en);
    expect(issue.text?.fix?.es).toBeTruthy();
    if (fix === null) {
      expect(issue.fixes ?? []).toEqual([]);
      return;
    }
    const offered = issue.fixes!.find((f) => f.label.en === fix)!;
    expect(offered.label.es).toBeTruthy();
    // The fix, applied through the commands, removes this problem.
    const fixed = applyCommands(graph, offered.commands).graph;
    const after = validateGraph(fixed, options).issues.map((i) => `${i.code}:${i.details?.reason ?? ''}@${i.nodeId ?? ''}`);
    expect(after).not.toContain(expected);
  });

  it('Insert Flatten leaves a valid model, with Flatten between the two layers', () => {
    const graph = cases[0].graph;
    const fix = validateGraph(graph).issues[0].fixes![0];
    const fixed = applyCommands(graph, fix.commands).graph;
    expect(validateGraph(fixed).issues).toEqual([]);
    expect(fixed.nodes.map((n) => n.kind)).toEqual(['input', 'conv2d', 'dense', 'flatten']);
    expect(fixed.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['in>l1', 'l1>flatten-1', 'flatten-1>l2']);
  });

  it('Set units to 10 leaves a model that fits MNIST', () => {
    const { graph, options } = cases[3];
    const fix = validateGraph(graph, options).issues[0].fixes!.find((f) => f.label.en === 'Set units to 10')!;
    expect(fix.commands).toEqual([{ type: 'setParam', nodeId: 'l2', name: 'units', value: 10 }]);
    expect(validateGraph(applyCommands(graph, fix.commands).graph, options).issues).toEqual([]);
  });

  it('offers removing a layer that has no connection at all', () => {
    const graph = graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [4] } },
        { name: 'out', kind: 'dense', params: { units: 3 } },
        { name: 'stray', kind: 'dense', params: { units: 8 } },
      ],
      [['in', 'out']],
    );
    const stray = validateGraph(graph).issues.find((i) => i.nodeId === 'stray')!;
    expect(stray.fixes?.map((f) => f.label.en)).toEqual(['Remove stray']);
    expect(validateGraph(applyCommands(graph, stray.fixes![0].commands).graph).issues).toEqual([]);
  });

  it('finds nothing wrong in a valid model', () => {
    expect(validateGraph(chainOf([4], [{ kind: 'dense', params: { units: 3, activation: 'softmax' } }]), { dataset: iris }).issues).toEqual([]);
  });
});
