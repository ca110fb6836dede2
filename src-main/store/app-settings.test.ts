import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { methods } from '../../src-shared/contract';
import { AppSettings } from './app-settings';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'neurona-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** settings.set as the router runs it: the contract parses the input, then the store applies it. */
function settingsSet(settings: AppSettings, input: unknown) {
  return settings.set(methods['settings.set'].input.parse(input));
}

describe('settings.set is a partial update', () => {
  it('{} changes nothing (it used to reset the language to "system")', () => {
    const settings = new AppSettings(dir);
    settingsSet(settings, { language: 'es' });
    expect(settingsSet(settings, {})).toEqual({ language: 'es' });
    expect(new AppSettings(dir).get()).toEqual({ language: 'es' });
  });

  it('a given field changes, and an explicit undefined counts as not given', () => {
    const settings = new AppSettings(dir);
    expect(settingsSet(settings, { language: 'en' })).toEqual({ language: 'en' });
    expect(settings.set({ language: undefined })).toEqual({ language: 'en' });
  });

  it('the patch schema fills no defaults', () => {
    expect(methods['settings.set'].input.parse({})).toEqual({});
  });
});
