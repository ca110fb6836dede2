#!/usr/bin/env node
// Renders resources/icon.svg to resources/icon.png (1024×1024), the icon electron-builder turns
// into .icns (macOS), .ico (Windows) and the Linux sizes. Run after editing the SVG.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const RESOURCES = join(dirname(dirname(fileURLToPath(import.meta.url))), 'resources');
await sharp(join(RESOURCES, 'icon.svg'), { density: 144 }).resize(1024, 1024).png({ compressionLevel: 9 }).toFile(join(RESOURCES, 'icon.png'));
process.stdout.write(`wrote ${join(RESOURCES, 'icon.png')}\n`);
