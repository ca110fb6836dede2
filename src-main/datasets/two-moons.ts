import { createRandom, type Random } from '../../src-shared/training/random';

// The "two moons" toy problem: two interleaving half circles. A straight line cannot separate
// them completely; a small MLP can. Generated here (not shipped as a file) so it is tiny and
// exactly reproducible.

export interface MoonPoint {
  x1: number;
  x2: number;
  label: 0 | 1;
}

export interface TwoMoonsOptions {
  /** Total points, split evenly between the two moons. */
  count?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  noise?: number;
  seed?: number;
}

function gaussian(random: Random): number {
  // Box–Muller; 1 - next() keeps the logarithm's argument in (0, 1].
  const u = 1 - random.next();
  const v = random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Points alternate between the moons (label 0, 1, 0, 1, …) so any slice of rows is balanced. */
export function generateTwoMoons({ count = 400, noise = 0.15, seed = 2024 }: TwoMoonsOptions = {}): MoonPoint[] {
  const random = createRandom(seed);
  const perMoon = Math.floor(count / 2);
  const points: MoonPoint[] = [];
  for (let i = 0; i < perMoon; i += 1) {
    const t = perMoon === 1 ? 0 : (Math.PI * i) / (perMoon - 1);
    // Upper moon centred at (0, 0); lower moon shifted to (1, 0.5) and flipped.
    points.push({ x1: Math.cos(t) + noise * gaussian(random), x2: Math.sin(t) + noise * gaussian(random), label: 0 });
    points.push({ x1: 1 - Math.cos(t) + noise * gaussian(random), x2: 0.5 - Math.sin(t) + noise * gaussian(random), label: 1 });
  }
  return points;
}

export function twoMoonsCsv(points: readonly MoonPoint[]): string {
  const lines = points.map((p) => `${p.x1.toFixed(4)},${p.x2.toFixed(4)},${p.label}`);
  return `x1,x2,label\n${lines.join('\n')}\n`;
}
