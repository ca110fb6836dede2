import { describe, expect, it } from 'vitest';
import type { DatasetShapeInfo } from '../data/dataset';
import { checkGraphAgainstDataset } from './check-dataset';
import { chainOf, graphOf, type TestLayer } from './test-graphs';

const iris: DatasetShapeInfo = { name: 'Iris', task: 'classification', inputShape: [4], classes: ['setosa', 'versicolor', 'virginica'] };
const binary: DatasetShapeInfo = { name: 'Spam', task: 'classification', inputShape: [4], classes: ['ham', 'spam'] };
const houses: DatasetShapeInfo = { name: 'Houses', task: 'regression', inputShape: [4], classes: [] };
const mnist: DatasetShapeInfo = { name: 'MNIST digits', task: 'classification', inputShape: [28, 28, 1], classes: '0123456789'.split('') };

const dense = (units: number, activation: string) => ({ kind: 'dense', params: { units, activation } });

describe('checkGraphAgainstDataset: input', () => {
  it('explains an input shape that does not match', () => {
    const graph = chainOf([28, 28, 1], [{ kind: 'flatten' }, dense(3, 'softmax')]);
    const issues = checkGraphAgainstDataset(graph, iris);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'MODEL_INPUT_MISMATCH', severity: 'error', nodeId: 'in' });
    expect(issues[0].message).toBe("The input layer expects (batch, 28, 28, 1) but dataset 'Iris' gives (batch, 4). Set the input shape to [4] or pick a matching dataset.");
    expect(issues[0].details).toMatchObject({ expected: '(batch, 28, 28, 1)', actual: '(batch, 4)', dataset: 'Iris', suggestedShape: '[4]' });
  });

  it('accepts a matching input', () => {
    expect(checkGraphAgainstDataset(chainOf([4], [dense(3, 'softmax')]), iris)).toEqual([]);
  });
});

describe('checkGraphAgainstDataset: output', () => {
  it('explains wrong units with every number the UI needs', () => {
    const graph = graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [28, 28, 1] } },
        { name: 'flatten_1', kind: 'flatten' },
        { name: 'dense_3', kind: 'dense', params: { units: 3, activation: 'softmax' } },
      ],
      [
        ['in', 'flatten_1'],
        ['flatten_1', 'dense_3'],
      ],
    );
    const [issue] = checkGraphAgainstDataset(graph, mnist);
    expect(issue.code).toBe('MODEL_OUTPUT_MISMATCH');
    expect(issue.nodeId).toBe('dense_3');
    expect(issue.message).toBe("The last layer 'dense_3' has 3 units but dataset 'MNIST digits' has 10 classes. Set its units to 10.");
    expect(issue.details).toMatchObject({ reason: 'units', layer: 'dense_3', units: 3, classes: 10, dataset: 'MNIST digits', expectedUnits: 10 });
  });

  // [dataset, layers after the input, expected reason or null, expected text in the message, node named]
  const cases: [string, DatasetShapeInfo, Omit<TestLayer, 'name'>[], string | null, string, string][] = [
    ['3 classes, softmax 3', iris, [dense(3, 'softmax')], null, '', ''],
    ['3 classes, relu 3', iris, [dense(3, 'relu')], 'activation', 'Set its activation to softmax', 'l1'],
    ['2 classes, sigmoid 1', binary, [dense(1, 'sigmoid')], null, '', ''],
    ['2 classes, softmax 2', binary, [dense(2, 'softmax')], null, '', ''],
    ['2 classes, linear 1', binary, [dense(1, 'linear')], 'activation', 'Set its activation to sigmoid, or use 2 units with softmax', 'l1'],
    ['2 classes, sigmoid 2', binary, [dense(2, 'sigmoid')], 'activation', 'Set its activation to softmax', 'l1'],
    ['2 classes, softmax 3', binary, [dense(3, 'softmax')], 'units', "has 3 units but dataset 'Spam' has 2 classes. Set its units to 2.", 'l1'],
    ['regression, linear 1', houses, [dense(1, 'linear')], null, '', ''],
    ['regression, relu 1', houses, [dense(1, 'relu')], 'activation', 'Set its activation to linear', 'l1'],
    ['regression, linear 3', houses, [dense(3, 'linear')], 'units', "predicts one number (regression). Set its units to 1.", 'l1'],
    ['softmax before a Dropout', iris, [dense(3, 'softmax'), { kind: 'dropout' }], null, '', ''],
    ['softmax in an Activation layer', iris, [dense(3, 'linear'), { kind: 'activation', params: { activation: 'softmax' } }], null, '', ''],
    ['wrong units before an Activation layer', iris, [dense(4, 'linear'), { kind: 'activation', params: { activation: 'softmax' } }], 'units', "'l1' has 4 units", 'l1'],
    ['softmax hidden by BatchNormalization', iris, [dense(3, 'softmax'), { kind: 'batchNormalization' }], 'activation', 'Add an Activation layer with softmax', 'l2'],
    ['wrong units before a Dropout', iris, [dense(5, 'softmax'), { kind: 'dropout' }], 'units', "'l1' has 5 units", 'l1'],
  ];

  it.each(cases)('%s', (_what, dataset, layers, reason, text, nodeId) => {
    const issues = checkGraphAgainstDataset(chainOf(dataset.inputShape, layers), dataset);
    if (reason === null) {
      expect(issues).toEqual([]);
      return;
    }
    expect(issues).toHaveLength(1);
    expect(issues[0].code).toBe('MODEL_OUTPUT_MISMATCH');
    expect(issues[0].details?.reason).toBe(reason);
    expect(issues[0].message).toContain(text);
    expect(issues[0].nodeId).toBe(nodeId);
  });

  it('asks for Flatten and Dense when the model ends on an image', () => {
    const [issue] = checkGraphAgainstDataset(chainOf([28, 28, 1], [{ kind: 'conv2d', params: { filters: 8 } }]), mnist);
    expect(issue.details).toMatchObject({ reason: 'rank', units: null, expectedUnits: 10, expectedActivation: 'softmax', shape: '(batch, 26, 26, 8)' });
    expect(issue.message).toContain('Add Flatten and a Dense layer with 10 units and softmax activation');
  });

  it('gives a concatenation of the wrong size a Dense fix, not a units fix', () => {
    const graph = graphOf(
      [
        { name: 'in', kind: 'input', params: { shape: [4] } },
        { name: 'a', kind: 'dense', params: { units: 2, activation: 'softmax' } },
        { name: 'b', kind: 'dense', params: { units: 2, activation: 'softmax' } },
        { name: 'join', kind: 'concatenate' },
      ],
      [
        ['in', 'a'],
        ['in', 'b'],
        ['a', 'join', 0],
        ['b', 'join', 1],
      ],
    );
    const [issue] = checkGraphAgainstDataset(graph, iris);
    expect(issue.message).toBe("The last layer 'join' gives 4 values but dataset 'Iris' has 3 classes. End the model with a Dense layer of 3 units.");
  });

  it('reports input and output together', () => {
    const issues = checkGraphAgainstDataset(chainOf([8], [dense(2, 'softmax')]), iris);
    expect(issues.map((i) => i.code)).toEqual(['MODEL_INPUT_MISMATCH', 'MODEL_OUTPUT_MISMATCH']);
  });

  it('says nothing about an output that inference already found broken', () => {
    expect(checkGraphAgainstDataset(chainOf([4], [{ kind: 'conv2d' }, dense(5, 'relu')]), iris)).toEqual([]);
  });
});
