import type { i18n as I18n } from 'i18next';

export interface ErrorLike {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

const VARIABLE = /\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;

/** The {{names}} a translation interpolates. */
export function templateVariables(template: string): string[] {
  return [...template.matchAll(VARIABLE)].map((m) => m[1]!);
}

/** Shapes read "(28, 28, 1)", name lists "a, b, c"; objects are not shown. */
export function detailText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return `(${value.join(', ')})`;
    return value.map(String).join(', ');
  }
  if (typeof value === 'object') return null;
  return String(value);
}

/**
 * The translations that may say this error, most specific first: per reason and task
 * (`errorReasons.<CODE>.<reason>_<task>`), per reason, the full `errors.<CODE>`, then the
 * shorter `errorsBrief.<CODE>` that needs fewer details.
 */
export function candidateKeys(error: ErrorLike): string[] {
  const keys: string[] = [];
  const reason = error.details?.reason;
  const task = error.details?.task;
  if (typeof reason === 'string') {
    if (typeof task === 'string') keys.push(`errorReasons.${error.code}.${reason}_${task}`);
    keys.push(`errorReasons.${error.code}.${reason}`);
  }
  keys.push(`errors.${error.code}`, `errorsBrief.${error.code}`);
  return keys;
}

/**
 * An API error in the user's language: the first translation whose {{details}} are all
 * present; the English message only when the code has no usable translation. Never a stack.
 */
export function errorText(i18n: I18n, error: ErrorLike): string {
  for (const key of candidateKeys(error)) {
    if (!i18n.exists(key)) continue;
    const template = String(i18n.t(key, { skipInterpolation: true }));
    const values: Record<string, string> = {};
    let complete = true;
    for (const name of templateVariables(template)) {
      const text = detailText(error.details?.[name]);
      if (text === null || text === '') complete = false;
      else values[name] = text;
    }
    if (complete) return String(i18n.t(key, values));
  }
  return error.message;
}
