import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RecentProjects } from './recent-projects';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-recent-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('RecentProjects listener (what the desktop shell mirrors)', () => {
  it('tells about every opened project and every change, and clears', () => {
    const touched = vi.fn();
    const changed = vi.fn();
    const recent = new RecentProjects(dir, { touched, changed });
    recent.touch('/p/A.neurona', 'A');
    recent.touch('/p/B.neurona', 'B');
    expect(touched.mock.calls).toEqual([[resolve('/p/A.neurona')], [resolve('/p/B.neurona')]]);
    expect(recent.list().map((e) => e.name)).toEqual(['B', 'A']);
    recent.forget('/p/A.neurona');
    recent.rename('/p/B.neurona', '/p/C.neurona', 'C');
    expect(changed).toHaveBeenCalledTimes(4);
    recent.clear();
    expect(recent.list()).toEqual([]);
    expect(changed).toHaveBeenCalledTimes(5);
    expect(touched).toHaveBeenCalledTimes(2);
  });
});
