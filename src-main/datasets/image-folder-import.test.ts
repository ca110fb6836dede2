import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { StudioError } from '../../src-shared/errors';
import { getDataset } from '../store/repos/datasets-repo';
import { listClasses } from '../store/repos/classes-repo';
import { listSamples, splitCounts } from '../store/repos/samples-repo';
import { importImageFolder } from './image-folder-import';
import { createTempProject, datasetTableCounts, type TempProject } from './test-project';

let t: TempProject;
beforeEach(() => {
  t = createTempProject();
});
afterEach(() => t.dispose());

type Pixels = { w: number; h: number; gray?: boolean; format?: 'png' | 'jpeg' | 'webp' | 'gif' | 'tiff'; shade?: number };

async function image({ w, h, gray = false, format = 'png', shade = 100 }: Pixels): Promise<Buffer> {
  const channels = gray ? 1 : 3;
  const raw = Buffer.alloc(w * h * channels);
  for (let i = 0; i < raw.length; i += 1) raw[i] = (shade + i * 7) % 256;
  let s = sharp(raw, { raw: { width: w, height: h, channels } });
  if (gray) s = s.toColourspace('b-w');
  return s.toFormat(format).toBuffer();
}

/** Writes files (path -> content) under a new folder in the scratch area and returns it. */
async function folder(name: string, files: Record<string, Pixels | string | Buffer>): Promise<string> {
  const root = join(t.scratch, name);
  mkdirSync(root, { recursive: true });
  for (const [rel, content] of Object.entries(files)) {
    const path = join(root, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : await image(content));
  }
  return root;
}

function many(prefix: string, n: number, px: Pixels, ext = 'png'): Record<string, Pixels> {
  return Object.fromEntries(Array.from({ length: n }, (_, i) => [`${prefix}/img${i + 1}.${ext}`, { ...px, shade: i * 31 }]));
}

const rgb8: Pixels = { w: 8, h: 8 };

async function caught(p: Promise<unknown>): Promise<StudioError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof StudioError) return err;
    throw err;
  }
  throw new Error('expected the import to fail');
}

describe('importImageFolder: layouts', () => {
  it('makes a class of each sub-folder and copies every image into the project', async () => {
    const root = await folder('pets', {
      ...many('cats', 5, rgb8),
      ...many('dogs', 4, { ...rgb8, format: 'jpeg' }, 'jpg'),
      'dogs/older/img9.webp': { ...rgb8, format: 'webp' },
      'cats/notes.txt': 'not an image',
      'README.md': 'top-level file',
      '.DS_Store': 'hidden',
      '.thumbs/img.png': rgb8,
    });
    const progress: [number, number][] = [];
    const notes: string[] = [];
    const id = await importImageFolder(t.project, { folderPath: root }, (d, n) => progress.push([d, n]), (n) => notes.push(n));
    const db = t.project.db;
    const row = getDataset(db, id)!;
    expect(row).toMatchObject({ name: 'pets', kind: 'images', task: 'classification', source: `folder:${root}`, source_blob: null });
    expect(JSON.parse(row.input_shape)).toEqual([8, 8, 3]);
    expect(listClasses(db, id)).toEqual(['cats', 'dogs']);
    expect(splitCounts(db, id)).toEqual({ train: 8, val: 2, test: 0 });

    const samples = listSamples(db, id);
    expect(samples.map((s) => [s.original_name, s.class_idx])).toEqual([
      ['cats/img1.png', 0],
      ['cats/img2.png', 0],
      ['cats/img3.png', 0],
      ['cats/img4.png', 0],
      ['cats/img5.png', 0],
      ['dogs/img1.jpg', 1],
      ['dogs/img2.jpg', 1],
      ['dogs/img3.jpg', 1],
      ['dogs/img4.jpg', 1],
      ['dogs/older/img9.webp', 1],
    ]);
    for (const s of samples) {
      const original = readFileSync(join(root, s.original_name!));
      expect(readFileSync(t.project.blobs.pathFor(s.blob_sha256!))).toEqual(original);
      expect(s.size).toBe(original.length);
    }
    expect(progress[0]).toEqual([0, 10]);
    expect(progress.at(-1)).toEqual([10, 10]);
    expect(notes.join('\n')).toMatch(/^Ignored 1 file at the top level: README\.md \(only sub-folders are classes\)$/m);
    expect(notes.join('\n')).toMatch(/^Ignored 1 file that is not an image: cats\/notes\.txt$/m);
  });

  const shapes: { name: string; files: Record<string, Pixels>; shape: number[] }[] = [
    { name: 'same small size, grayscale', files: { ...many('a', 2, { w: 28, h: 20, gray: true }), ...many('b', 2, { w: 28, h: 20, gray: true }) }, shape: [20, 28, 1] },
    { name: 'one colour image makes it RGB', files: { ...many('a', 2, { w: 16, h: 16, gray: true }), ...many('b', 2, { w: 16, h: 16 }) }, shape: [16, 16, 3] },
    { name: 'mixed sizes -> 64x64', files: { ...many('a', 2, { w: 16, h: 16 }), ...many('b', 2, { w: 20, h: 16 }) }, shape: [64, 64, 3] },
    { name: 'same size above 128 -> 64x64', files: { ...many('a', 2, { w: 130, h: 12, gray: true }), ...many('b', 2, { w: 130, h: 12, gray: true }) }, shape: [64, 64, 1] },
    { name: 'exactly 128x128 kept', files: { ...many('a', 2, { w: 128, h: 128 }), ...many('b', 2, { w: 128, h: 128 }) }, shape: [128, 128, 3] },
  ];
  for (const c of shapes) {
    it(`input shape: ${c.name}`, async () => {
      const id = await importImageFolder(t.project, { folderPath: await folder('shapes', c.files) }, () => {});
      expect(JSON.parse(getDataset(t.project.db, id)!.input_shape)).toEqual(c.shape);
    });
  }

  it('orders classes naturally and reads GIF and TIFF', async () => {
    const root = await folder('digits', {
      ...many('class10', 2, { ...rgb8, format: 'gif' }, 'gif'),
      ...many('class2', 2, { ...rgb8, format: 'tiff' }, 'tif'),
      ...many('Class1', 2, rgb8),
    });
    const id = await importImageFolder(t.project, { folderPath: root, name: 'Digits' }, () => {});
    expect(listClasses(t.project.db, id)).toEqual(['Class1', 'class2', 'class10']);
    expect(getDataset(t.project.db, id)!.name).toBe('Digits');
  });
});

describe('importImageFolder: bad folders', () => {
  const bmp = Buffer.concat([Buffer.from('BM'), Buffer.alloc(52)]);
  const cases: { name: string; files: Record<string, Pixels | string | Buffer> | null; path?: string; code: string; message: RegExp }[] = [
    { name: 'missing folder', files: null, code: 'FOLDER_NOT_FOUND', message: /bad does not exist/ },
    { name: 'a file, not a folder', files: { 'x.png': rgb8 }, path: 'x.png', code: 'FOLDER_NOT_FOUND', message: /x\.png is a file, not a folder/ },
    { name: 'only top-level images', files: { 'a.png': rgb8, 'b.png': rgb8 }, code: 'FOLDER_NO_CLASSES', message: /needs at least two sub-folders of images, one per class \(none has images\)/ },
    {
      name: 'one class and an empty folder',
      files: { ...many('cats', 3, rgb8), 'dogs/readme.txt': 'x' },
      code: 'FOLDER_NO_CLASSES',
      message: /\(only "cats" has images\)/,
    },
    { name: 'a class with one image', files: { ...many('cats', 3, rgb8), ...many('dogs', 1, rgb8) }, code: 'FOLDER_TOO_FEW_IMAGES', message: /Class "dogs" has 1 image; each class needs at least 2/ },
    {
      name: 'a BMP file',
      files: { ...many('cats', 2, rgb8), 'cats/img3.bmp': bmp, ...many('dogs', 2, rgb8) },
      code: 'IMAGE_UNREADABLE',
      message: /^cats\/img3\.bmp: BMP is not supported; convert it to PNG or JPEG$/,
    },
    {
      name: 'a BMP named .png',
      files: { ...many('cats', 2, rgb8), 'dogs/photo.png': bmp, ...many('dogs', 2, rgb8) },
      code: 'IMAGE_UNREADABLE',
      message: /^dogs\/photo\.png: BMP is not supported/,
    },
    {
      name: 'a corrupt JPEG',
      files: { ...many('cats', 2, rgb8), ...many('dogs', 2, rgb8), 'dogs/broken.jpg': Buffer.from('\xff\xd8\xff\xe0 this is not really a jpeg', 'latin1') },
      code: 'IMAGE_UNREADABLE',
      message: /^dogs\/broken\.jpg: cannot be read as an image/,
    },
    {
      name: 'an empty PNG',
      files: { ...many('cats', 2, rgb8), ...many('dogs', 2, rgb8), 'dogs/zero.png': Buffer.alloc(0) },
      code: 'IMAGE_UNREADABLE',
      message: /^dogs\/zero\.png: the file is empty/,
    },
  ];
  for (const c of cases) {
    it(`${c.name} -> ${c.code}`, async () => {
      const root = c.files ? await folder('bad', c.files) : join(t.scratch, 'bad');
      const err = await caught(importImageFolder(t.project, { folderPath: c.path ? join(root, c.path) : root }, () => {}));
      expect(err.code).toBe(c.code);
      expect(err.message).toMatch(c.message);
    });
  }

  it('a truncated PNG is caught at import, not during training', async () => {
    const full = await image({ w: 32, h: 32 });
    const root = await folder('trunc', { ...many('cats', 2, rgb8), ...many('dogs', 2, rgb8), 'dogs/cut.png': full.subarray(0, full.length - 30) });
    const err = await caught(importImageFolder(t.project, { folderPath: root }, () => {}));
    expect(err.code).toBe('IMAGE_UNREADABLE');
    expect(err.message).toMatch(/^dogs\/cut\.png: cannot be read as an image/);
  });

  it('a failed import leaves the dataset tables as they were', async () => {
    await importImageFolder(t.project, { folderPath: await folder('good', { ...many('a', 3, rgb8), ...many('b', 3, rgb8) }) }, () => {});
    const before = datasetTableCounts(t.project);
    const root = await folder('late-failure', { ...many('a', 6, rgb8), ...many('b', 6, rgb8), 'b/zz-broken.png': 'garbage' });
    const err = await caught(importImageFolder(t.project, { folderPath: root }, () => {}));
    expect(err.code).toBe('IMAGE_UNREADABLE');
    expect(datasetTableCounts(t.project)).toEqual(before);
  });
});
