#!/usr/bin/env node
// The `neurona` command: runs the built CLI (npm run build creates out/main/cli.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../out/main/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('neurona: the studio is not built yet; run `npm run build` first\n');
  process.exit(2);
}
await import(cli);
