import { describe, expect, it } from 'vitest';
import { validateProjectName } from './project-folder';

describe('validateProjectName', () => {
  const ok = ['Iris', 'Mi proyecto', 'perros-vs-gatos 2', 'Años', '数字'];
  const bad = ['', '   ', 'a/b', 'a\\b', 'what?', 'x:y', '.hidden', 'trailing.', 'CON', 'nul', 'a'.repeat(121), 'tab\there'];
  for (const name of ok) it(`accepts ${JSON.stringify(name)}`, () => expect(validateProjectName(name)).toBe(name.trim()));
  for (const name of bad) {
    it(`refuses ${JSON.stringify(name.slice(0, 20))}`, () => {
      expect(() => validateProjectName(name)).toThrowError(expect.objectContaining({ code: 'PROJECT_NAME_INVALID' }));
    });
  }
});
