import { fileURLToPath } from 'node:url';
import type * as tfTypes from '@tensorflow/tfjs';
import type { Preprocessing } from '../../../../src-shared/data/preprocessing';
import { createRandom, shuffleInPlace } from '../../../../src-shared/training/random';
import type { TableDataSpec } from '../../worker/protocol';
import type { Tf } from '../backends';
import { arraySplit, type TrainingData } from '../data/training-data';

// Datasets and models shared by the engine and worker tests (never imported by app code).

export const IRIS_CSV = fileURLToPath(new URL('../../../../resources/samples/iris.csv', import.meta.url));
export const IRIS_CLASSES = ['setosa', 'versicolor', 'virginica'];

/** Iris with a seeded 120/30 train/validation split. */
export function irisSpec(seed = 1): TableDataSpec {
  const rows = shuffleInPlace(
    Array.from({ length: 150 }, (_, i) => i),
    createRandom(seed),
  );
  return {
    kind: 'table',
    csvPath: IRIS_CSV,
    fileName: 'iris.csv',
    features: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'].map((name) => ({ name, type: 'numeric' as const })),
    target: { name: 'species', task: 'classification' },
    classes: IRIS_CLASSES,
    rows: { train: rows.slice(0, 120), val: rows.slice(120) },
  };
}

/** A dense network with seeded initial weights: inputs → hidden (relu) → output. */
export function denseModel(tf: Tf, options: { inputs: number; hidden: number; outputs: number; activation: string; seed?: number }): tfTypes.LayersModel {
  const seed = options.seed ?? 7;
  return tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [options.inputs], units: options.hidden, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }) }),
      tf.layers.dense({
        units: options.outputs,
        activation: options.activation as 'softmax',
        kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }),
      }),
    ],
  });
}

/** An in-memory dataset from plain arrays (no files). */
export function arrayData(options: { inputShape: number[]; x: number[]; y: number[]; valX?: number[]; valY?: number[]; preprocessing: Preprocessing }): TrainingData {
  const sampleSize = options.inputShape.reduce((a, b) => a * b, 1);
  return {
    inputShape: options.inputShape,
    preprocessing: options.preprocessing,
    train: arraySplit(Float32Array.from(options.x), Float32Array.from(options.y), sampleSize),
    val: arraySplit(Float32Array.from(options.valX ?? []), Float32Array.from(options.valY ?? []), sampleSize),
    async close() {},
  };
}
