import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The layering rule is only worth something if it fails: plant each kind of violation in a
// virtual file of the folder it would break, and check ESLint (with the project's own config)
// reports it — and that the same import is fine where it belongs.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src-shared/graph/planted.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", /Node APIs belong to src-main/],
    ['src-shared/graph/planted.ts', "import { join } from 'path';\nexport const a = join;\n", /Node APIs belong to src-main/],
    ['src-shared/graph/planted.ts', "import { app } from 'electron';\nexport const a = app;\n", /Electron belongs/],
    ['src-shared/graph/planted.ts', "import { useState } from 'react';\nexport const a = useState;\n", /UI libraries belong/],
    ['src-shared/graph/planted.ts', "import * as tf from '@tensorflow/tfjs';\nexport const a = tf;\n", /tfjs runs only/],
    ['src-shared/graph/planted.ts', "import { openDatabase } from '../../src-main/store/database';\nexport const a = openDatabase;\n", /imports neither/],
    ['src-shared/graph/planted.ts', "import { App } from '../../src-renderer/app/App';\nexport const a = App;\n", /imports neither/],
    ['src-shared/graph/planted.ts', 'export const width = window.innerWidth;\n', /window/],
    ['src-main/api/planted.ts', "import { App } from '../../src-renderer/app/App';\nexport const a = App;\n", /only through the contract/],
    ['src-main/api/planted.ts', "import { create } from 'zustand';\nexport const a = create;\n", /UI libraries belong/],
    ['src-renderer/features/planted.ts', "import { openDatabase } from '../../src-main/store/database';\nexport const a = openDatabase;\n", /only through the contract/],
    ['src-renderer/features/planted.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n", /Node APIs belong/],
    ['src-renderer/features/planted.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n", /Native and server modules/],
    ['src-renderer/features/planted.ts', "import * as tf from '@tensorflow/tfjs';\nexport const a = tf;\n", /tfjs runs only/],
  ])('%s: %j is refused', async (file, code, message) => {
    const messages = await restrictedImports(file, code);
    expect(messages.some((m) => message.test(m)), messages.join('\n') || 'no violation reported').toBe(true);
  });

  it.each([
    ['src-main/api/planted.ts', "import { readFileSync } from 'node:fs';\nimport * as tf from '@tensorflow/tfjs';\nexport const a = [readFileSync, tf];\n"],
    ['src-main/api/planted.ts', "import { methods } from '../../src-shared/contract';\nexport const a = methods;\n"],
    ['src-renderer/features/planted.ts', "import { useState } from 'react';\nimport { methods } from '../../src-shared/contract';\nexport const a = [useState, methods];\n"],
    ['src-shared/graph/planted.ts', "import { z } from 'zod';\nimport { GraphSchema } from './format';\nexport const a = [z, GraphSchema];\n"],
  ])('%s: %j is allowed', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
