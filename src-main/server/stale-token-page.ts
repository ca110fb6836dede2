import { createHash } from 'node:crypto';
import { contentSecurityPolicy } from '../static-files/content-security-policy';

// The page a bookmark or an old tab gets when its ?token= no longer matches: the studio was
// restarted and made a new token. It needs no script and no API call, so it works with the
// strictest policy; its one inline stylesheet is allowed by hash.

type PageLanguage = 'en' | 'es';

const TEXT: Record<PageLanguage, { title: string; lead: string; steps: string[]; keep: string }> = {
  en: {
    title: 'The studio was restarted',
    lead: 'This link holds an access token from an earlier start of Neurona Studio. Each start makes a new one, so this link no longer opens it.',
    steps: [
      'Look in the terminal where you started the studio (`npm run serve` or `neurona serve`).',
      'Open the address it printed, “Neurona Studio running at http://127.0.0.1:…/?token=…”, including its token.',
    ],
    keep: 'To keep one link across restarts, start the studio with `--token-file PATH`: the token is saved in that file (readable only by you) and reused next time.',
  },
  es: {
    title: 'El estudio se ha reiniciado',
    lead: 'Este enlace lleva un token de acceso de un arranque anterior de Neurona Studio. Cada arranque crea uno nuevo, así que este enlace ya no lo abre.',
    steps: [
      'Mira en la terminal donde iniciaste el estudio (`npm run serve` o `neurona serve`).',
      'Abre la dirección que muestra, «Neurona Studio running at http://127.0.0.1:…/?token=…», con su token.',
    ],
    keep: 'Para conservar un mismo enlace entre reinicios, inicia el estudio con `--token-file RUTA`: el token se guarda en ese archivo (solo tú puedes leerlo) y se reutiliza la próxima vez.',
  },
};

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;background:#111827;color:#e5e7eb;margin:0;display:grid;place-items:center;min-height:100vh}' +
  'main{max-width:40rem;padding:2rem;background:#1f2937;border-radius:12px}h1{font-size:1.4rem;margin-top:0}' +
  'code{background:#374151;padding:0 .3em;border-radius:4px}';

const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

/** Spanish when the browser prefers any Spanish locale over English; English otherwise. */
export function pageLanguage(acceptLanguage: string | undefined): PageLanguage {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('es')) return 'es';
    if (tag.startsWith('en')) return 'en';
  }
  return 'en';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `backticks` become <code>. */
function inline(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

export function staleTokenPage(acceptLanguage: string | undefined): { html: string; csp: string } {
  const lang = pageLanguage(acceptLanguage);
  const t = TEXT[lang];
  const html =
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(t.title)} — Neurona Studio</title><style>${STYLE}</style></head>` +
    `<body><main data-testid="stale-token"><h1>${escapeHtml(t.title)}</h1><p>${inline(t.lead)}</p>` +
    `<ol>${t.steps.map((s) => `<li>${inline(s)}</li>`).join('')}</ol><p>${inline(t.keep)}</p></main></body></html>`;
  const csp = contentSecurityPolicy().replace("style-src 'self'", `style-src 'sha256-${STYLE_HASH}'`);
  return { html, csp };
}
