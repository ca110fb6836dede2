import sharp, { type Metadata } from 'sharp';
import { StudioError } from '../../src-shared/errors';

/** What sharp decodes (libvips as shipped in the npm package): no BMP. */
export const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.jpe', '.jfif', '.png', '.webp', '.gif', '.tif', '.tiff', '.avif']);
const MIME_BY_FORMAT: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  tiff: 'image/tiff',
  heif: 'image/avif',
};

export interface ProbedImage {
  /** As displayed, after the EXIF orientation. */
  width: number;
  height: number;
  /** 1 when the file stores a single grey band (alpha aside), else 3. */
  channels: 1 | 3;
  mime: string;
}

export function bmpNotSupported(relativeName: string): StudioError {
  return new StudioError('IMAGE_UNREADABLE', `${relativeName}: BMP is not supported; convert it to PNG or JPEG`, { file: relativeName, format: 'bmp' });
}

function unreadable(relativeName: string, reason: string): StudioError {
  return new StudioError('IMAGE_UNREADABLE', `${relativeName}: ${reason}`, { file: relativeName });
}

/**
 * Checks that a file is an image we can train on by decoding it in full (a small resize still
 * reads every byte, so a truncated file is caught here rather than in the middle of training).
 */
export async function probeImage(data: Buffer, relativeName: string): Promise<ProbedImage> {
  if (data.length === 0) throw unreadable(relativeName, 'the file is empty');
  if (data[0] === 0x42 && data[1] === 0x4d) throw bmpNotSupported(relativeName); // "BM", whatever the extension says
  let meta: Metadata;
  try {
    meta = await sharp(data).metadata();
    await sharp(data).resize(8, 8, { fit: 'fill' }).raw().toBuffer();
  } catch (err) {
    throw unreadable(relativeName, `cannot be read as an image (${firstLine((err as Error).message)})`);
  }
  const mime = MIME_BY_FORMAT[meta.format];
  if (!mime) throw unreadable(relativeName, `${meta.format.toUpperCase()} images are not supported; use JPEG, PNG, WebP, GIF, TIFF or AVIF`);
  const bands = meta.channels - (meta.hasAlpha ? 1 : 0);
  return { width: meta.autoOrient.width, height: meta.autoOrient.height, channels: bands === 1 ? 1 : 3, mime };
}

function firstLine(message: string): string {
  return message.split('\n')[0].trim() || 'unknown error';
}

/** Images larger than this on either side (or of mixed sizes) are resized to the default. */
export const MAX_NATIVE_SIDE = 128;
export const DEFAULT_IMAGE_SIDE = 64;

/**
 * [height, width, channels] of the model input: the images' own size when they all share one
 * no larger than 128×128, else 64×64; one channel only when every image is grayscale.
 */
export function chooseImageInputShape(images: readonly Pick<ProbedImage, 'width' | 'height' | 'channels'>[]): [number, number, number] {
  const first = images[0];
  const channels = images.every((i) => i.channels === 1) ? 1 : 3;
  const sameSize = first !== undefined && images.every((i) => i.width === first.width && i.height === first.height);
  if (sameSize && first.width <= MAX_NATIVE_SIDE && first.height <= MAX_NATIVE_SIDE) return [first.height, first.width, channels];
  return [DEFAULT_IMAGE_SIDE, DEFAULT_IMAGE_SIDE, channels];
}
