import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pageLanguage, staleTokenPage } from './stale-token-page';

describe('stale-token page', () => {
  it.each([
    [undefined, 'en'],
    ['es-ES,es;q=0.9,en;q=0.8', 'es'],
    ['en-US,en;q=0.9,es;q=0.8', 'en'],
    ['fr-FR,es;q=0.5', 'es'],
    ['de', 'en'],
  ] as const)('Accept-Language %s → %s', (header, lang) => expect(pageLanguage(header)).toBe(lang));

  it('says the studio restarted, how to get the new link and how to keep one, in both languages', () => {
    const en = staleTokenPage('en').html;
    expect(en).toContain('The studio was restarted');
    expect(en).toContain('<code>--token-file PATH</code>');
    expect(en).toContain('<code>neurona serve</code>');
    const es = staleTokenPage('es').html;
    expect(es).toContain('El estudio se ha reiniciado');
    expect(es).toContain('<code>--token-file RUTA</code>');
  });

  it('has no script, and its CSP allows its one inline style by hash only', () => {
    const { html, csp } = staleTokenPage('en');
    expect(html).not.toMatch(/<script/i);
    const style = /<style>([^<]*)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});
