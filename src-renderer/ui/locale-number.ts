import type { UiLanguage } from '../app/language';

// Numbers as people type them: Spanish writes 0,05 and 1.000 where English writes 0.05 and
// 1,000. A typed number is read in the UI language and never silently becomes another number:
// a text that fits neither reading is refused (null) rather than guessed.

const SEPARATORS: Record<UiLanguage, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  es: { decimal: ',', group: '.' },
};

/** Spaces people put between thousands: space, no-break space, narrow no-break space. */
const SPACES = /[\s\u00a0\u202f]/g;

function escape(char: string): string {
  return char === '.' ? '\\.' : char;
}

/** "1.234.567" with the group separator: a first group of 1–3 digits (not starting with 0), then groups of 3. */
function isGrouped(integerPart: string, group: string): boolean {
  return new RegExp(`^[1-9]\\d{0,2}(${escape(group)}\\d{3})+$`).test(integerPart);
}

/**
 * Reads a number typed in `language`. Accepts a sign, the language's decimal separator, its
 * thousands grouping, and exponents (`1e-3`, `1,5e-3`). The other language's decimal separator is
 * accepted when it cannot be a grouping (`0.05` in Spanish is 0.05; `1.000` in Spanish is 1000).
 * Returns null for anything else (empty, two decimal points, letters, non-finite results).
 */
export function parseLocaleNumber(text: string, language: UiLanguage): number | null {
  const { decimal, group } = SEPARATORS[language];
  const compact = text.replace(SPACES, '');
  const match = /^([+-]?)([\d.,]*)(?:[eE]([+-]?\d+))?$/.exec(compact);
  if (!match) return null;
  const [, sign, body, exponent] = match;
  if (!body || !/\d/.test(body)) return null;

  let normalized: string;
  const decimalAt = body.lastIndexOf(decimal);
  const hasGroup = body.includes(group);
  if (decimalAt >= 0) {
    const integerPart = body.slice(0, decimalAt);
    const fraction = body.slice(decimalAt + 1);
    if (fraction.includes(group) || integerPart.includes(decimal)) return null;
    if (hasGroup && !isGrouped(integerPart, group)) return null;
    normalized = `${integerPart.split(group).join('')}.${fraction}`;
  } else if (hasGroup) {
    if (isGrouped(body, group)) normalized = body.split(group).join('');
    else if (body.split(group).length === 2) normalized = body.replace(group, '.');
    else return null;
  } else normalized = body;

  const value = Number(`${sign}${normalized}${exponent !== undefined ? `e${exponent}` : ''}`);
  return Number.isFinite(value) ? value : null;
}

/** Writes a number the way `parseLocaleNumber` reads it back: no grouping, the language's decimal separator. */
export function formatLocaleNumber(value: number, language: UiLanguage): string {
  if (!Number.isFinite(value)) return '';
  const text = String(value);
  return language === 'es' ? text.replace('.', ',') : text;
}

export interface NumberRules {
  integer?: boolean;
  min?: number;
  max?: number;
}

/** Why a typed text is not an acceptable number, as a locale key under `common.number` and its values. */
export type NumberProblem =
  | { key: 'required' }
  | { key: 'notNumber'; example: string }
  | { key: 'integer' }
  | { key: 'min'; min: string }
  | { key: 'max'; max: string };

/** Reads `text` and checks it against `rules`; `value` is null unless the text is acceptable. */
export function checkNumberText(text: string, language: UiLanguage, rules: NumberRules): { value: number | null; problem: NumberProblem | null } {
  if (text.trim() === '') return { value: null, problem: { key: 'required' } };
  const value = parseLocaleNumber(text, language);
  if (value === null) return { value: null, problem: { key: 'notNumber', example: formatLocaleNumber(rules.integer ? 10 : 0.05, language) } };
  if (rules.integer && !Number.isInteger(value)) return { value: null, problem: { key: 'integer' } };
  if (rules.min !== undefined && value < rules.min) return { value: null, problem: { key: 'min', min: formatLocaleNumber(rules.min, language) } };
  if (rules.max !== undefined && value > rules.max) return { value: null, problem: { key: 'max', max: formatLocaleNumber(rules.max, language) } };
  return { value, problem: null };
}
