import { describe, expect, it } from 'vitest';
import type { ShellRequest } from '../../src-shared/contract';
import { ShellRequestQueue } from './shell-requests';

const a: ShellRequest = { kind: 'project', path: '/p/A.neurona' };
const b: ShellRequest = { kind: 'csv', path: '/d/b.csv' };

describe('ShellRequestQueue', () => {
  it('holds requests until the window is ready, then sends them in order', () => {
    const sent: ShellRequest[] = [];
    const queue = new ShellRequestQueue((r) => (sent.push(r), true));
    queue.push(a);
    queue.push(b);
    expect(sent).toEqual([]);
    queue.windowReady();
    expect(sent).toEqual([a, b]);
    queue.push(a);
    expect(sent).toEqual([a, b, a]);
  });

  it('keeps a request no window could take, and after the window is gone', () => {
    const sent: ShellRequest[] = [];
    let windows = 0;
    const queue = new ShellRequestQueue((r) => (windows > 0 ? (sent.push(r), true) : false));
    queue.windowReady();
    queue.push(a);
    expect(sent).toEqual([]);
    windows = 1;
    queue.windowReady();
    expect(sent).toEqual([a]);
    queue.windowGone();
    queue.push(b);
    expect(sent).toEqual([a]);
    queue.windowReady();
    expect(sent).toEqual([a, b]);
  });
});
