// Orders names the way people count: "img2" before "img10", "class 9" before "class 10".
// Written out rather than using Intl.Collator so the order (and so class indices and splits)
// is the same on every machine and ICU version.

const CHUNK = /(\d+)|(\D+)/g;

function chunks(text: string): string[] {
  return text.match(CHUNK) ?? [];
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  if (x !== y) return x < y ? -1 : 1;
  // Same value: fewer leading zeros first ("7" before "07").
  return a.length - b.length;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Natural order: digit runs by value, text case-insensitively, exact text as the last tie-break. */
export function naturalCompare(a: string, b: string): number {
  const ca = chunks(a);
  const cb = chunks(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i += 1) {
    const x = ca[i];
    const y = cb[i];
    const xDigits = /^\d/.test(x);
    const yDigits = /^\d/.test(y);
    let order: number;
    if (xDigits && yDigits) order = compareDigits(x, y);
    else if (xDigits !== yDigits) order = xDigits ? -1 : 1;
    else order = compareCodeUnits(x.toLowerCase(), y.toLowerCase());
    if (order !== 0) return order;
  }
  if (ca.length !== cb.length) return ca.length - cb.length;
  return compareCodeUnits(a, b);
}

export function sortNaturally(names: Iterable<string>): string[] {
  return [...names].sort(naturalCompare);
}
