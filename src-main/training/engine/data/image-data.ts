import { open } from 'node:fs/promises';
import { StudioError } from '../../../../src-shared/errors';
import type { Preprocessing } from '../../../../src-shared/data/preprocessing';
import type { ImageDataSpec, ImageSample } from '../../worker/protocol';
import { ensureImageCache, type ImageShape } from './image-cache';
import type { Batch, PrepareOptions, SplitSource, TrainingData } from './training-data';

/** Pixels are stored as 0…255 and divided by this before reaching the model. */
export const PIXEL_SCALE = 255;

export function imageShapeOf(spec: ImageDataSpec): ImageShape {
  const [height, width, channels] = spec.inputShape;
  if (channels !== 1 && channels !== 3) {
    throw new StudioError('INVALID_INPUT', `Images must have 1 (grayscale) or 3 (RGB) channels, not ${channels}`, { channels });
  }
  return { height, width, channels };
}

export function imagePreprocessing(shape: ImageShape, classes: string[]): Preprocessing {
  return {
    input: { kind: 'image', height: shape.height, width: shape.width, channels: shape.channels, resize: 'fill', scale: PIXEL_SCALE },
    target: { task: 'classification', name: null, classes: [...classes] },
  };
}

/** uint8 pixels → model input values. */
export function scalePixels(pixels: Uint8Array, out: Float32Array, offset: number): void {
  for (let i = 0; i < pixels.length; i += 1) out[offset + i] = pixels[i] / PIXEL_SCALE;
}

/** Decodes every image into the cache (once), then serves batches straight from the cache file. */
export async function loadImageData(spec: ImageDataSpec, options: PrepareOptions = {}): Promise<TrainingData> {
  const shape = imageShapeOf(spec);
  const all: ImageSample[] = [...spec.samples.train, ...spec.samples.val];
  for (const sample of all) {
    if (!Number.isInteger(sample.label) || sample.label < 0 || sample.label >= spec.classes.length) {
      throw new StudioError('INVALID_INPUT', `Image ${sample.name ?? sample.path} has label ${sample.label}, but there are ${spec.classes.length} classes`, {
        file: sample.name ?? sample.path,
      });
    }
  }
  const cache = await ensureImageCache(all, shape, spec.cacheDir, options);
  const file = await open(cache.path, 'r');
  const record = cache.recordSize;

  const split = (first: number, samples: ImageSample[]): SplitSource => ({
    count: samples.length,
    async read(indices): Promise<Batch> {
      const pixels = new Uint8Array(indices.length * record);
      const y = new Float32Array(indices.length);
      await Promise.all(
        indices.map(async (index, i) => {
          if (!(index >= 0 && index < samples.length)) throw new RangeError(`Sample ${index} is outside the split (0…${samples.length - 1})`);
          y[i] = samples[index].label;
          const { bytesRead } = await file.read(pixels, i * record, record, (first + index) * record);
          if (bytesRead !== record) throw new Error(`The image cache ${cache.path} is shorter than expected`);
        }),
      );
      const x = new Float32Array(pixels.length);
      scalePixels(pixels, x, 0);
      return { x, y, size: indices.length };
    },
  });

  return {
    inputShape: [shape.height, shape.width, shape.channels],
    preprocessing: imagePreprocessing(shape, spec.classes),
    train: split(0, spec.samples.train),
    val: split(spec.samples.train.length, spec.samples.val),
    close: () => file.close(),
  };
}
