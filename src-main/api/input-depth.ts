/** No contract input nests anywhere near this deep (a model graph needs about six levels). */
export const MAX_INPUT_DEPTH = 64;

/**
 * Whether a value nests arrays or objects deeper than `max`. Iterative on purpose: JSON.parse
 * builds 100,000-deep values without complaint, and anything recursive over them (zod, a later
 * JSON.stringify) runs out of stack.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
