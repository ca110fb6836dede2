import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { StudioError } from '../../../../src-shared/errors';
import { fsyncDirectory } from '../durable-files';
import { PreparationStopped, type PrepareOptions } from './training-data';

// Images are decoded once into a flat uint8 file (one height×width×channels record per sample)
// and batches are read from it by offset, so a dataset never has to fit in memory.

export interface ImageShape {
  height: number;
  width: number;
  channels: 1 | 3;
}

export interface ImageSource {
  path: string;
  /** The name shown in error messages (the file the user imported). */
  name?: string;
}

export interface ImageCache {
  path: string;
  recordSize: number;
  count: number;
}

const CACHE_FORMAT = 1;

export function recordSize(shape: ImageShape): number {
  return shape.height * shape.width * shape.channels;
}

/** Decodes one file, resized to fill height × width (aspect ratio ignored), as uint8 HWC. */
export async function decodeImage(source: ImageSource, shape: ImageShape): Promise<Uint8Array> {
  const name = source.name ?? basename(source.path);
  try {
    let pipeline = sharp(source.path, { failOn: 'error' }).resize(shape.width, shape.height, { fit: 'fill' }).removeAlpha();
    pipeline = shape.channels === 1 ? pipeline.grayscale() : pipeline.toColourspace('srgb');
    const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
    if (info.channels !== shape.channels || data.length !== recordSize(shape)) {
      throw new Error(`decoded to ${info.width}×${info.height}×${info.channels}`);
    }
    return new Uint8Array(data.buffer, data.byteOffset, data.length);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StudioError('IMAGE_UNREADABLE', `Image ${name} cannot be read: ${reason}`, { file: name, path: source.path });
  }
}

/** The cache file for exactly these files at this shape, in this order. */
export function imageCachePath(cacheDir: string, sources: readonly ImageSource[], shape: ImageShape): string {
  const key = createHash('sha256')
    .update(JSON.stringify({ format: CACHE_FORMAT, shape: [shape.height, shape.width, shape.channels], paths: sources.map((s) => s.path) }))
    .digest('hex')
    .slice(0, 32);
  return join(cacheDir, `images-${shape.height}x${shape.width}x${shape.channels}-${key}.u8`);
}

async function existingCache(path: string, expectedBytes: number): Promise<boolean> {
  try {
    const info = await stat(path);
    return info.isFile() && info.size === expectedBytes;
  } catch {
    return false;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Deletes half-built caches whose builder process is gone (it crashed or was killed). */
export async function removeDeadCacheTemps(cacheDir: string): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(cacheDir);
  } catch {
    return [];
  }
  const dead = entries.filter((name) => {
    const pid = /\.tmp-(\d+)-[0-9a-f]+$/.exec(name)?.[1];
    return pid !== undefined && Number(pid) !== process.pid && !processIsAlive(Number(pid));
  });
  for (const name of dead) await rm(join(cacheDir, name), { force: true });
  return dead;
}

/**
 * Returns the cache for these images, building it when missing: decoded in parallel into a
 * temporary file, fsynced, then renamed, so a half-written cache is never mistaken for a good one.
 */
export async function ensureImageCache(sources: readonly ImageSource[], shape: ImageShape, cacheDir: string, options: PrepareOptions = {}): Promise<ImageCache> {
  const size = recordSize(shape);
  const path = imageCachePath(cacheDir, sources, shape);
  const cache = { path, recordSize: size, count: sources.length };
  const total = sources.length;
  if (await existingCache(path, total * size)) {
    options.onProgress?.({ done: total, total });
    return cache;
  }
  await mkdir(cacheDir, { recursive: true });
  await removeDeadCacheTemps(cacheDir);
  const tempPath = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const file = await open(tempPath, 'w');
  let done = 0;
  let next = 0;
  let stopped = false;
  let failure: unknown = null;
  const lane = async (): Promise<void> => {
    while (next < total && !stopped && failure === null) {
      if (options.shouldStop?.()) {
        stopped = true;
        return;
      }
      const index = next;
      next += 1;
      try {
        const pixels = await decodeImage(sources[index], shape);
        await file.write(pixels, 0, pixels.length, index * size);
      } catch (err) {
        failure ??= err;
        return;
      }
      done += 1;
      options.onProgress?.({ done, total });
    }
  };
  try {
    // Every lane settles before the file is closed; the first failure stops the others.
    await Promise.all(Array.from({ length: Math.max(1, Math.min(4, availableParallelism(), total)) }, lane));
    if (failure !== null) throw failure;
    if (stopped) throw new PreparationStopped();
    await file.truncate(total * size);
    await file.sync();
    await file.close();
  } catch (err) {
    await file.close().catch(() => undefined);
    await rm(tempPath, { force: true });
    throw err;
  }
  await rename(tempPath, path);
  await fsyncDirectory(cacheDir);
  return cache;
}
