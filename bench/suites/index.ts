import type { BenchSuite } from '../suite';
import { suite as training } from './training';

/** Every suite, in the order `npm run bench` runs them. */
export const SUITES: readonly BenchSuite[] = [training];

export function findSuite(id: string): BenchSuite {
  const suite = SUITES.find((s) => s.id === id);
  if (!suite) throw new Error(`unknown suite '${id}' (known: ${SUITES.map((s) => s.id).join(', ')})`);
  return suite;
}
