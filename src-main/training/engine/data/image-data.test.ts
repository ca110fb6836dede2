import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { ImageDataSpec } from '../../worker/protocol';
import { decodeImage, ensureImageCache, removeDeadCacheTemps } from './image-cache';
import { loadImageData } from './image-data';
import { PreparationStopped, type PrepareProgress } from './training-data';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'neurona-images-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a PNG whose every pixel is `value` (grey), in various sizes and channel counts. */
async function writeImage(name: string, value: number, width: number, height: number, channels: 1 | 3 | 4): Promise<string> {
  const path = join(dir, name);
  const raw = Buffer.alloc(width * height * channels, value);
  if (channels === 4) for (let i = 3; i < raw.length; i += 4) raw[i] = 255;
  await sharp(raw, { raw: { width, height, channels } }).png().toFile(path);
  return path;
}

async function dataset(channels: 1 | 3): Promise<ImageDataSpec> {
  const train = [];
  const val = [];
  for (let i = 0; i < 6; i += 1) {
    train.push({ path: await writeImage(`train-${i}.png`, i * 40, 10 + i, 7, i % 2 === 0 ? 1 : 4), label: i % 2, name: `cat-${i}.png` });
  }
  for (let i = 0; i < 2; i += 1) val.push({ path: await writeImage(`val-${i}.png`, 200 + i * 10, 5, 5, 3), label: 1 - i });
  return { kind: 'images', inputShape: [4, 3, channels], classes: ['cat', 'dog'], samples: { train, val }, cacheDir: join(dir, 'cache') };
}

describe('loadImageData', () => {
  it.each([1, 3] as const)('caches %i-channel pixels once and serves batches scaled to 0…1', async (channels) => {
    const spec = await dataset(channels);
    const progress: PrepareProgress[] = [];
    const data = await loadImageData(spec, { onProgress: (p) => progress.push(p) });
    expect(data.inputShape).toEqual([4, 3, channels]);
    expect(data.preprocessing).toEqual({
      input: { kind: 'image', height: 4, width: 3, channels, resize: 'fill', scale: 255 },
      target: { task: 'classification', name: null, classes: ['cat', 'dog'] },
    });
    expect(data.train.count).toBe(6);
    expect(data.val.count).toBe(2);
    expect(progress[progress.length - 1]).toEqual({ done: 8, total: 8 });
    expect(progress.map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const record = 4 * 3 * channels;
    const batch = await data.train.read([3, 0, 5]);
    expect(batch.size).toBe(3);
    expect(Array.from(batch.y)).toEqual([1, 0, 1]);
    expect(batch.x).toHaveLength(3 * record);
    // Flat grey images stay flat after resizing: every value of sample 3 is 120/255.
    for (const [i, grey] of [120, 0, 200].entries()) {
      const expected = Array.from(await decodeImage(spec.samples.train[[3, 0, 5][i]], { height: 4, width: 3, channels }), (v) => v / 255);
      expect(Array.from(batch.x.subarray(i * record, (i + 1) * record))).toEqual(expected.map((v) => Math.fround(v)));
      expect(expected.every((v) => Math.abs(v - grey / 255) < 2 / 255)).toBe(true);
    }
    const val = await data.val.read([1, 0]);
    expect(Array.from(val.y)).toEqual([0, 1]);
    expect(val.x[0]).toBeCloseTo(210 / 255, 2);
    expect(val.x[record]).toBeCloseTo(200 / 255, 2);
    await expect(data.train.read([6])).rejects.toThrow(RangeError);
    await data.close();

    const files = await readdir(spec.cacheDir);
    expect(files).toHaveLength(1);
    expect((await stat(join(spec.cacheDir, files[0]))).size).toBe(8 * record);
  });

  it('reuses the cache for the same samples and shape without decoding again', async () => {
    const spec = await dataset(1);
    await (await loadImageData(spec)).close();
    // The originals are gone: a second load can only succeed from the cache.
    for (const s of [...spec.samples.train, ...spec.samples.val]) await rm(s.path);
    const progress: PrepareProgress[] = [];
    const again = await loadImageData(spec, { onProgress: (p) => progress.push(p) });
    expect(progress).toEqual([{ done: 8, total: 8 }]);
    expect((await again.train.read([2])).x[0]).toBeCloseTo(80 / 255, 2);
    await again.close();
    // Another shape needs its own cache (and the files again).
    await expect(loadImageData({ ...spec, inputShape: [5, 5, 1] })).rejects.toMatchObject({ code: 'IMAGE_UNREADABLE' });
  });

  it('names an unreadable image and leaves no cache behind', async () => {
    const spec = await dataset(3);
    const broken = join(dir, 'broken.png');
    await writeFile(broken, 'not a png at all');
    spec.samples.train.push({ path: broken, label: 0, name: 'holiday.png' });
    await expect(loadImageData(spec)).rejects.toMatchObject({
      code: 'IMAGE_UNREADABLE',
      message: expect.stringMatching(/^Image holiday\.png cannot be read: /),
      details: { file: 'holiday.png' },
    });
    expect(await readdir(spec.cacheDir)).toEqual([]);
  });

  it('stops building the cache when asked, without leaving files', async () => {
    const spec = await dataset(1);
    let calls = 0;
    await expect(ensureImageCache(spec.samples.train, { height: 4, width: 3, channels: 1 }, spec.cacheDir, { shouldStop: () => ++calls > 2 })).rejects.toBeInstanceOf(
      PreparationStopped,
    );
    expect(await readdir(spec.cacheDir)).toEqual([]);
  });

  it('removes half-built caches of dead processes only', async () => {
    const cacheDir = join(dir, 'cache');
    await mkdir(cacheDir);
    // pid 2147483646 cannot exist; this process's parent is alive.
    const dead = 'images-4x3x1-abc.u8.tmp-2147483646-0a1b2c3d';
    const alive = `images-4x3x1-def.u8.tmp-${process.ppid}-0a1b2c3d`;
    for (const name of [dead, alive, 'images-4x3x1-abc.u8']) await writeFile(join(cacheDir, name), 'x');
    expect(await removeDeadCacheTemps(cacheDir)).toEqual([dead]);
    expect((await readdir(cacheDir)).sort()).toEqual([alive, 'images-4x3x1-abc.u8'].sort());
  });

  it('refuses a label outside the class list', async () => {
    const spec = await dataset(1);
    spec.samples.val[0].label = 2;
    await expect(loadImageData(spec)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
