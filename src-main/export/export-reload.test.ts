import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import * as tf from '@tensorflow/tfjs';
import { startStudioFixture, type StudioFixture } from '../testing/studio-fixture';
import type { AnyEvent } from '../api/event-bus';

// The exported folder used the way a user outside the studio would: plain @tensorflow/tfjs, the
// files on disk and metadata.json's preprocessing, written out here by hand — no studio code.

let fixture: StudioFixture;
let scratch: string;
beforeAll(async () => {
  await tf.setBackend('cpu');
  fixture = await startStudioFixture();
  scratch = mkdtempSync(join(tmpdir(), 'neurona-export-'));
});
afterAll(async () => {
  await fixture.close();
  rmSync(scratch, { recursive: true, force: true });
});

async function loadExported(dir: string): Promise<tf.LayersModel> {
  const modelJson = JSON.parse(readFileSync(join(dir, 'model.json'), 'utf8'));
  const weightData = new Uint8Array(readFileSync(join(dir, modelJson.weightsManifest[0].paths[0]))).buffer;
  return tf.loadLayersModel(tf.io.fromMemory({ modelTopology: modelJson.modelTopology, weightSpecs: modelJson.weightsManifest[0].weights, weightData }));
}

type Feature = { name: string; type: 'numeric'; mean: number; std: number } | { name: string; type: 'categorical'; categories: string[] };

function encodeRow(features: Feature[], row: Record<string, string | number | null>): number[] {
  return features.flatMap((f) => {
    const v = row[f.name];
    if (f.type === 'numeric') return [v === null || v === '' ? 0 : (Number(v) - f.mean) / f.std];
    return f.categories.map((c) => (String(v) === c ? 1 : 0));
  });
}

async function trainAndExport(projectPath: string, datasetId: number, epochs: number, dir: string) {
  const { router } = fixture.studio;
  const model = await router.invoke('models.createDefault', { projectPath, datasetId });
  const run = await router.invoke('runs.start', { projectPath, modelId: model.id, datasetId, config: { epochs, batchSize: 16 } });
  // Run ids count per project, so match the project too.
  await fixture.waitFor((e: AnyEvent) => e.name === 'run.finished' && e.payload.runId === run.id && e.payload.projectPath === projectPath, 120_000);
  const exported = await router.invoke('exports.create', { projectPath, runId: run.id, dir });
  return { runId: run.id, exported };
}

describe('export to TensorFlow.js layers format', () => {
  it('a table model reloads in plain tfjs and, with metadata.json preprocessing, predicts like the studio', async () => {
    const { router } = fixture.studio;
    const project = await router.invoke('projects.create', { name: 'Export table' });
    const dataset = await router.invoke('datasets.addSample', { projectPath: project.path, sample: 'iris' });
    const dir = join(scratch, 'iris');
    const { runId, exported } = await trainAndExport(project.path, dataset.id, 10, dir);
    expect(exported.files.sort()).toEqual(['metadata.json', 'model.json', 'weights.bin']);

    const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
    expect(meta.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(meta.input.kind).toBe('table');
    expect(meta.input.features.map((f: Feature) => f.name)).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);

    const page = await router.invoke('datasets.samples', { projectPath: project.path, datasetId: dataset.id, offset: 0, limit: 150 });
    const picked = [page.rows[0], page.rows[60], page.rows[120], page.rows[149]];
    const studio = await router.invoke('runs.predict', { projectPath: project.path, runId, sampleIds: picked.map((r) => r.id) });

    const model = await loadExported(dir);
    const x = tf.tensor2d(picked.map((r) => encodeRow(meta.input.features, r.values!)));
    const y = (model.predict(x) as tf.Tensor).arraySync() as number[][];
    studio.predictions.forEach((p, i) => {
      p.output.forEach((v, j) => expect(y[i][j]).toBeCloseTo(v, 5));
      expect(meta.classes[y[i].indexOf(Math.max(...y[i]))]).toBe(p.predicted);
      expect(p.actual).toBe(picked[i].values!.species);
    });
  });

  it('an image model reloads and predicts like the studio from the files on disk', async () => {
    const { router } = fixture.studio;
    const folder = join(scratch, 'stripes');
    for (const [cls, horizontal] of [['horizontal', true], ['vertical', false]] as const) {
      mkdirSync(join(folder, cls), { recursive: true });
      for (let i = 0; i < 8; i++) {
        const px = Buffer.alloc(16 * 16);
        for (let yy = 0; yy < 16; yy++) for (let xx = 0; xx < 16; xx++) px[yy * 16 + xx] = ((horizontal ? yy : xx) + i) % 4 < 2 ? 230 : 20;
        await sharp(px, { raw: { width: 16, height: 16, channels: 1 } }).toColourspace('b-w').png().toFile(join(folder, cls, `${i}.png`));
      }
    }
    const project = await router.invoke('projects.create', { name: 'Export images' });
    const dataset = await router.invoke('datasets.importFolder', { projectPath: project.path, folderPath: folder });
    expect(dataset.inputShape).toEqual([16, 16, 1]);
    const dir = join(scratch, 'stripes-export');
    const { runId } = await trainAndExport(project.path, dataset.id, 2, dir);
    const meta = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'));
    expect(meta.input).toMatchObject({ kind: 'image', height: 16, width: 16, channels: 1, resize: 'fill', scale: 255 });

    const page = await router.invoke('datasets.samples', { projectPath: project.path, datasetId: dataset.id, offset: 0, limit: 16 });
    const picked = page.rows.slice(0, 4);
    const studio = await router.invoke('runs.predict', { projectPath: project.path, runId, sampleIds: picked.map((r) => r.id) });
    const model = await loadExported(dir);
    for (const [i, row] of picked.entries()) {
      const pixels = await sharp(join(folder, row.originalName!))
        .resize(meta.input.width, meta.input.height, { fit: 'fill' })
        .toColourspace('b-w')
        .raw()
        .toBuffer();
      const x = tf.tensor4d(Float32Array.from(pixels, (v) => v / meta.input.scale), [1, 16, 16, 1]);
      const y = (model.predict(x) as tf.Tensor).dataSync();
      studio.predictions[i].output.forEach((v, j) => expect(y[j]).toBeCloseTo(v, 5));
    }
  });

  it('refuses a non-empty folder rather than overwrite what is there', async () => {
    const { router } = fixture.studio;
    const project = await router.invoke('projects.create', { name: 'Export refuse' });
    const dataset = await router.invoke('datasets.addSample', { projectPath: project.path, sample: 'iris' });
    const dir = join(scratch, 'taken');
    await trainAndExport(project.path, dataset.id, 1, dir);
    const runs = await router.invoke('runs.list', { projectPath: project.path });
    await expect(router.invoke('exports.create', { projectPath: project.path, runId: runs[0].id, dir })).rejects.toMatchObject({ code: 'EXPORT_DIR_NOT_EMPTY' });
    const defaultExport = await router.invoke('exports.create', { projectPath: project.path, runId: runs[0].id });
    expect(defaultExport.dir).toBe(join(project.path, 'exports', 'iris-multilayer-perceptron-mlp-run-1'));
  });
});
