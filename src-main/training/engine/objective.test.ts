import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import type { TargetSpec } from '../../../src-shared/data/preprocessing';
import { checkModelInput, resolveObjective } from './objective';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

function modelWith(units: number, activation: string, inputShape: number[] = [4]): tf.LayersModel {
  return tf.sequential({ layers: [tf.layers.dense({ inputShape, units, activation: activation as 'linear' })] });
}

const threeClasses: TargetSpec = { task: 'classification', name: 'y', classes: ['a', 'b', 'c'] };
const twoClasses: TargetSpec = { task: 'classification', name: 'y', classes: ['no', 'yes'] };
const price: TargetSpec = { task: 'regression', name: 'price', mean: 100, std: 20 };

describe('resolveObjective', () => {
  it.each([
    { what: 'softmax over 3 classes', units: 3, activation: 'softmax', target: threeClasses, kind: 'categorical', fromLogits: false, metric: 'accuracy' },
    { what: 'scores over 3 classes', units: 3, activation: 'linear', target: threeClasses, kind: 'categorical', fromLogits: true, metric: 'accuracy' },
    { what: 'softmax over 2 classes', units: 2, activation: 'softmax', target: twoClasses, kind: 'categorical', fromLogits: false, metric: 'accuracy' },
    { what: 'one sigmoid for 2 classes', units: 1, activation: 'sigmoid', target: twoClasses, kind: 'binary', fromLogits: false, metric: 'accuracy' },
    { what: 'one score for 2 classes', units: 1, activation: 'linear', target: twoClasses, kind: 'binary', fromLogits: true, metric: 'accuracy' },
    { what: 'one value for regression', units: 1, activation: 'linear', target: price, kind: 'regression', fromLogits: false, metric: 'mae' },
  ])('picks the objective for $what', ({ units, activation, target, kind, fromLogits, metric }) => {
    const objective = resolveObjective(tf, modelWith(units, activation), target as TargetSpec);
    expect({ kind: objective.kind, fromLogits: objective.fromLogits, metric: objective.metric }).toEqual({ kind, fromLogits, metric });
  });

  it.each([
    { what: '2 outputs for 3 classes', model: () => modelWith(2, 'softmax'), target: threeClasses, message: 'The model outputs 2 values but the dataset has 3 classes; set the last Dense layer to 3 units with softmax' },
    { what: '1 output for 3 classes', model: () => modelWith(1, 'sigmoid'), target: threeClasses, message: 'The model outputs 1 values but the dataset has 3 classes; set the last Dense layer to 3 units with softmax' },
    { what: '3 outputs for regression', model: () => modelWith(3, 'linear'), target: price, message: 'Regression needs one output value, but the model outputs 3; set the last Dense layer to 1 unit' },
    {
      what: 'an image-shaped output',
      model: () => tf.sequential({ layers: [tf.layers.conv2d({ inputShape: [4, 4, 1], filters: 2, kernelSize: 3 })] }),
      target: twoClasses,
      message: "The model's output is [2, 2, 2]; it must be a flat vector. Add Flatten and a Dense layer at the end",
    },
  ])('refuses $what with MODEL_OUTPUT_MISMATCH', ({ model, target, message }) => {
    expect(() => resolveObjective(tf, model(), target as TargetSpec)).toThrow(expect.objectContaining({ code: 'MODEL_OUTPUT_MISMATCH', message }));
  });
});

describe('objective losses and metrics', () => {
  const values = (t: tf.Tensor) => Array.from(t.dataSync());

  it.each([
    {
      what: 'categorical on probabilities',
      units: 3, activation: 'softmax', target: threeClasses, y: [1, 0],
      output: [[0.2, 0.7, 0.1], [0.5, 0.3, 0.2]],
      loss: [-Math.log(0.7), -Math.log(0.5)], metric: [1, 1],
    },
    {
      what: 'categorical on scores',
      units: 3, activation: 'linear', target: threeClasses, y: [2, 0],
      output: [[0, 0, 0], [1, 2, 0]],
      loss: [Math.log(3), Math.log(1 + Math.E + Math.exp(-1))], metric: [0, 0],
    },
    {
      what: 'binary on probabilities',
      units: 1, activation: 'sigmoid', target: twoClasses, y: [1, 0],
      output: [[0.8], [0.8]],
      loss: [-Math.log(0.8), -Math.log(0.2)], metric: [1, 0],
    },
    {
      what: 'binary on scores',
      units: 1, activation: 'linear', target: twoClasses, y: [1, 0],
      output: [[0], [-2]],
      loss: [Math.log(2), Math.log(1 + Math.exp(-2))], metric: [0, 1],
    },
    {
      what: 'regression (metric in target units: × std 20)',
      units: 1, activation: 'linear', target: price, y: [0.5, -1],
      output: [[2], [-1]],
      loss: [2.25, 0], metric: [30, 0],
    },
  ])('computes $what', ({ units, activation, target, y, output, loss, metric }) => {
    const objective = resolveObjective(tf, modelWith(units, activation), target as TargetSpec);
    const t = objective.targets(Float32Array.from(y), y.length);
    const out = tf.tensor2d(output);
    values(objective.sampleLoss(t, out)).forEach((v, i) => expect(v).toBeCloseTo(loss[i], 5));
    values(objective.sampleMetric(t, out)).forEach((v, i) => expect(v).toBeCloseTo(metric[i], 5));
  });
});

describe('checkModelInput', () => {
  it('accepts the dataset shape and refuses another, saying what to set', () => {
    expect(() => checkModelInput(modelWith(3, 'softmax', [4]), [4])).not.toThrow();
    expect(() => checkModelInput(modelWith(3, 'softmax', [5]), [4])).toThrow(
      expect.objectContaining({ code: 'MODEL_INPUT_MISMATCH', message: "The model's input takes [5] but the dataset's samples are [4]; set the Input layer's shape to [4]" }),
    );
    expect(() => checkModelInput(modelWith(3, 'softmax', [28, 28, 1]), [28, 28, 3])).toThrow(expect.objectContaining({ code: 'MODEL_INPUT_MISMATCH' }));
  });
});
