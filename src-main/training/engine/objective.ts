import type * as tfTypes from '@tensorflow/tfjs';
import type { TargetSpec } from '../../../src-shared/data/preprocessing';
import { StudioError } from '../../../src-shared/errors';
import type { Tf } from './backends';

// What the model is trained to do, read from the dataset's target and the model's output:
// the loss, the metric, and how batch targets become tensors.

export type ObjectiveKind = 'categorical' | 'binary' | 'regression';

export interface Objective {
  kind: ObjectiveKind;
  /** The output is raw scores (no softmax/sigmoid at the end); the loss applies it. */
  fromLogits: boolean;
  metric: 'accuracy' | 'mae';
  /** The tensor the model output is compared with. */
  targets(y: Float32Array, size: number): tfTypes.Tensor;
  /** Loss of each sample, shape [n]. */
  sampleLoss(target: tfTypes.Tensor, output: tfTypes.Tensor): tfTypes.Tensor1D;
  /** Metric of each sample, shape [n]: 1 when the class is right, or the absolute error in the target's units. */
  sampleMetric(target: tfTypes.Tensor, output: tfTypes.Tensor): tfTypes.Tensor1D;
}

const EPSILON = 1e-7;

function shapeText(shape: (number | null)[]): string {
  return `[${shape.slice(1).join(', ')}]`;
}

/** "(batch, 28, 28, 1)", the way the shared dataset check writes shapes in error details. */
function batchShape(dims: readonly (number | null)[]): string {
  return `(${['batch', ...dims.map((d) => d ?? '?')].join(', ')})`;
}

function outputLayerName(model: tfTypes.LayersModel): string {
  return (model.outputLayers[0] ?? model.layers[model.layers.length - 1])?.name ?? 'output';
}

// The graph is checked against the dataset before a run starts (src-shared/graph/check-dataset.ts);
// these checks guard the built model itself and report with the same detail keys, so the UI
// translates both the same way.

/** Refuses a model whose input does not take the dataset's samples. */
export function checkModelInput(model: tfTypes.LayersModel, inputShape: number[]): void {
  if (model.inputs.length !== 1) {
    throw new StudioError('MODEL_INPUT_MISMATCH', `The model has ${model.inputs.length} inputs; training needs exactly one`, { inputs: model.inputs.length });
  }
  const expected = model.inputs[0].shape.slice(1);
  const matches = expected.length === inputShape.length && expected.every((d, i) => d === null || d === inputShape[i]);
  if (!matches) {
    throw new StudioError(
      'MODEL_INPUT_MISMATCH',
      `The model's input takes ${shapeText(model.inputs[0].shape)} but the dataset's samples are [${inputShape.join(', ')}]; set the Input layer's shape to [${inputShape.join(', ')}]`,
      { layer: model.inputLayers[0]?.name ?? 'input', expected: batchShape(expected), actual: batchShape(inputShape) },
    );
  }
}

/** The activation of the layer producing the output ('softmax', 'sigmoid', 'linear', …), when it has one. */
function outputActivation(model: tfTypes.LayersModel): string | null {
  const layer = model.outputLayers[0] ?? model.layers[model.layers.length - 1];
  const activation = (layer?.getConfig() as { activation?: unknown } | undefined)?.activation;
  return typeof activation === 'string' ? activation : null;
}

export function resolveObjective(tf: Tf, model: tfTypes.LayersModel, target: TargetSpec): Objective {
  if (model.outputs.length !== 1) {
    throw new StudioError('MODEL_OUTPUT_MISMATCH', `The model has ${model.outputs.length} outputs; training needs exactly one`, { outputs: model.outputs.length });
  }
  const outShape = model.outputs[0].shape;
  const units = outShape.length === 2 ? outShape[1] : null;
  if (units === null) {
    throw new StudioError('MODEL_OUTPUT_MISMATCH', `The model's output is ${shapeText(outShape)}; it must be a flat vector. Add Flatten and a Dense layer at the end`, {
      reason: 'rank',
      layer: outputLayerName(model),
      units: null,
      task: target.task,
      expectedUnits: target.task === 'regression' ? 1 : target.classes.length,
    });
  }
  // Without a final softmax/sigmoid the outputs are scores; the loss then applies it itself.
  const fromLogits = outputActivation(model) === 'linear';
  if (target.task === 'regression') {
    if (units !== 1) {
      throw new StudioError('MODEL_OUTPUT_MISMATCH', `Regression needs one output value, but the model outputs ${units}; set the last Dense layer to 1 unit`, {
        reason: 'units',
        layer: outputLayerName(model),
        units,
        task: 'regression',
        expectedUnits: 1,
        expectedActivation: 'linear',
      });
    }
    return regressionObjective(tf, target.std);
  }
  const classes = target.classes.length;
  if (units === classes && classes >= 2) return categoricalObjective(tf, classes, fromLogits);
  if (units === 1 && classes === 2) return binaryObjective(tf, fromLogits);
  const fix = classes === 2 ? 'set the last Dense layer to 2 units with softmax, or 1 unit with sigmoid' : `set the last Dense layer to ${classes} units with softmax`;
  throw new StudioError('MODEL_OUTPUT_MISMATCH', `The model outputs ${units} values but the dataset has ${classes} classes; ${fix}`, {
    reason: 'units',
    layer: outputLayerName(model),
    units,
    classes,
    task: 'classification',
    expectedUnits: classes,
    expectedActivation: 'softmax',
  });
}

function categoricalObjective(tf: Tf, classes: number, fromLogits: boolean): Objective {
  return {
    kind: 'categorical',
    fromLogits,
    metric: 'accuracy',
    targets: (y, size) => tf.tidy(() => tf.oneHot(tf.tensor1d(y, 'int32'), classes).toFloat().reshape([size, classes])),
    sampleLoss: (target, output) =>
      tf.tidy(() => {
        if (fromLogits) return tf.losses.softmaxCrossEntropy(target, output, undefined, 0, tf.Reduction.NONE) as tfTypes.Tensor1D;
        const p = tf.clipByValue(output, EPSILON, 1 - EPSILON);
        return tf.neg(tf.sum(tf.mul(target, tf.log(p)), -1)) as tfTypes.Tensor1D;
      }),
    sampleMetric: (target, output) => tf.tidy(() => tf.equal(tf.argMax(output, -1), tf.argMax(target, -1)).toFloat() as tfTypes.Tensor1D),
  };
}

function binaryObjective(tf: Tf, fromLogits: boolean): Objective {
  const threshold = fromLogits ? 0 : 0.5;
  return {
    kind: 'binary',
    fromLogits,
    metric: 'accuracy',
    targets: (y, size) => tf.tensor2d(y, [size, 1]),
    sampleLoss: (target, output) =>
      tf.tidy(() => {
        if (fromLogits) return tf.losses.sigmoidCrossEntropy(target, output, undefined, 0, tf.Reduction.NONE).reshape([-1]) as tfTypes.Tensor1D;
        const p = tf.clipByValue(output, EPSILON, 1 - EPSILON);
        const perSample = tf.add(tf.mul(target, tf.log(p)), tf.mul(tf.sub(1, target), tf.log(tf.sub(1, p))));
        return tf.neg(perSample).reshape([-1]) as tfTypes.Tensor1D;
      }),
    sampleMetric: (target, output) => tf.tidy(() => tf.equal(tf.greater(output, threshold).toFloat(), target).toFloat().reshape([-1]) as tfTypes.Tensor1D),
  };
}

function regressionObjective(tf: Tf, targetStd: number): Objective {
  return {
    kind: 'regression',
    fromLogits: false,
    metric: 'mae',
    targets: (y, size) => tf.tensor2d(y, [size, 1]),
    sampleLoss: (target, output) => tf.tidy(() => tf.mean(tf.squaredDifference(output, target), -1) as tfTypes.Tensor1D),
    // The model predicts the standardised target; errors are reported in the target's own units.
    sampleMetric: (target, output) => tf.tidy(() => tf.mul(tf.mean(tf.abs(tf.sub(output, target)), -1), targetStd) as tfTypes.Tensor1D),
  };
}
