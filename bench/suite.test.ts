import { describe, expect, it } from 'vitest';
import { parseInvocation } from './suite';
import { findSuite, SUITES } from './suites';

describe('bench invocation', () => {
  it.each([
    [[], { suites: null, args: [] }],
    [['--quick'], { suites: null, args: ['--quick'] }],
    [['--suite', 'training', '--json'], { suites: ['training'], args: ['--json'] }],
    [['--suite=training,ui', '--quick'], { suites: ['training', 'ui'], args: ['--quick'] }],
    [['--suite', 'a', '--suite', 'b'], { suites: ['a', 'b'], args: [] }],
  ])('parses %j', (argv, expected) => {
    expect(parseInvocation(argv)).toEqual(expected);
  });

  it('refuses --suite without an id and names unknown suites', () => {
    expect(() => parseInvocation(['--suite'])).toThrow(/needs a suite id/);
    expect(() => findSuite('nope')).toThrow(/unknown suite 'nope' \(known: training/);
  });

  it('registers each suite once', () => {
    const ids = SUITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
