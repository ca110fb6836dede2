import { describe, expect, it } from 'vitest';
import { HELP_LINKS, isExternalLinkAllowed } from './external-links';

describe('shell.openExternal allow-list', () => {
  it.each([
    ['https://www.tensorflow.org/js/guide/save_load', true],
    ['https://js.tensorflow.org/api/latest/', true],
    ['https://keras.io/api/callbacks/', true],
    ['http://www.tensorflow.org/js', false],
    ['https://example.com/', false],
    ['https://www.tensorflow.org.evil.example/', false],
    ['https://evil.example/?u=https://www.tensorflow.org', false],
    ['https://user:pw@www.tensorflow.org/', false],
    ['https://www.tensorflow.org:8443/', false],
    ['file:///bin/sh', false],
    ['javascript:alert(1)', false],
    ['smb://www.tensorflow.org/share', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => expect(isExternalLinkAllowed(url)).toBe(allowed));

  it('covers every link the Help menu opens', () => {
    for (const url of Object.values(HELP_LINKS)) expect(isExternalLinkAllowed(url), url).toBe(true);
  });
});
