import * as tf from '@tensorflow/tfjs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphToKerasCode } from '../../../src-shared/graph/code/keras-code';
import { graphToTfjsCode } from '../../../src-shared/graph/code/tfjs-code';
import type { Graph } from '../../../src-shared/graph/format';
import { inferGraph } from '../../../src-shared/graph/infer';
import { listTemplates, type TemplateDataset } from '../../../src-shared/graph/templates';
import { SAMPLE_GRAPHS } from './testing/sample-graphs';

// The code view's programs must be real: the TensorFlow.js code, run with plain tfjs, builds a model
// with the studio's parameter count; the Keras code compiles with Python.

const DATASETS: TemplateDataset[] = [
  { name: 'Iris', kind: 'table', task: 'classification', inputShape: [4], classes: ['a', 'b', 'c'] },
  { name: 'Houses', kind: 'table', task: 'regression', inputShape: [13], classes: [] },
  { name: 'MNIST', kind: 'images', task: 'classification', inputShape: [28, 28, 1], classes: '0123456789'.split('') },
];

const TEMPLATE_GRAPHS: [string, Graph][] = listTemplates().map((template) => {
  const dataset = DATASETS.find((d) => template.datasetKinds.includes(d.kind) && template.tasks.includes(d.task))!;
  return [`template ${template.id}`, template.build(dataset)];
});

const ALL: [string, Graph][] = [...SAMPLE_GRAPHS, ...TEMPLATE_GRAPHS];

let dir: string;

beforeAll(async () => {
  await tf.setBackend('cpu');
  dir = mkdtempSync(join(tmpdir(), 'neurona-code-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs generated module code with this process' plain tfjs (its import line swapped for a parameter). */
function runTfjsCode(code: string): tf.LayersModel {
  const body = code.replace(/^import \* as tf from '@tensorflow\/tfjs';$/m, '').replace('model.summary();', '');
  return new Function('tf', `${body}\nreturn model;`)(tf) as tf.LayersModel;
}

describe('generated TensorFlow.js code', () => {
  it.each(ALL)('%s builds a model with the same countParams()', (_what, graph) => {
    const code = graphToTfjsCode(graph, 'Test · model');
    expect(code).toContain("import * as tf from '@tensorflow/tfjs';");
    expect(code).not.toMatch(/spatialDropout2d\(/);
    const model = runTfjsCode(code);
    try {
      expect(model.countParams()).toBe(inferGraph(graph).totalParams);
      expect(model.layers.map((layer) => layer.name).sort()).toEqual(graph.nodes.map((node) => node.name).sort());
      expect(model.name).toBe('Test_model');
    } finally {
      model.dispose();
    }
  });
});

describe('generated Keras code', () => {
  it('compiles with python3 -m py_compile, every graph at once', () => {
    const files = ALL.map(([what, graph], index) => {
      const file = join(dir, `model_${index}.py`);
      writeFileSync(file, graphToKerasCode(graph, what));
      return file;
    });
    // One Python start for all the files keeps the suite quick.
    expect(() => execFileSync('python3', ['-m', 'py_compile', ...files], { stdio: 'pipe' })).not.toThrow();
  });

  it('reads like the course notebooks', () => {
    const code = graphToKerasCode(TEMPLATE_GRAPHS.find(([what]) => what === 'template course-mlp')![1], 'MNIST MLP');
    expect(code).toContain('from tensorflow import keras');
    expect(code).toContain('model = keras.Sequential(');
    expect(code).toContain('layers.Dense(units=50, activation="relu", name="dense_1")');
    expect(code).toContain('layers.Dropout(rate=0.4, name="dropout_1")');
    expect(code).toContain('keras.Input(shape=(4,), name="input_1")');
  });
});
