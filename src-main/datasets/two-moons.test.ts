import { describe, expect, it } from 'vitest';
import { generateTwoMoons, twoMoonsCsv, type MoonPoint } from './two-moons';

/** Training accuracy of logistic regression (plain gradient descent): the best a straight line does. */
function linearAccuracy(points: MoonPoint[]): number {
  let w1 = 0;
  let w2 = 0;
  let b = 0;
  for (let step = 0; step < 2000; step += 1) {
    let g1 = 0;
    let g2 = 0;
    let gb = 0;
    for (const p of points) {
      const err = 1 / (1 + Math.exp(-(w1 * p.x1 + w2 * p.x2 + b))) - p.label;
      g1 += err * p.x1;
      g2 += err * p.x2;
      gb += err;
    }
    w1 -= (0.5 * g1) / points.length;
    w2 -= (0.5 * g2) / points.length;
    b -= (0.5 * gb) / points.length;
  }
  return points.filter((p) => (w1 * p.x1 + w2 * p.x2 + b > 0 ? 1 : 0) === p.label).length / points.length;
}

/** Leave-one-out accuracy of the nearest neighbour: what a flexible (non-linear) model can reach. */
function nearestNeighbourAccuracy(points: MoonPoint[]): number {
  let right = 0;
  points.forEach((p, i) => {
    let best = Number.POSITIVE_INFINITY;
    let label = -1;
    points.forEach((q, j) => {
      const d = (p.x1 - q.x1) ** 2 + (p.x2 - q.x2) ** 2;
      if (j !== i && d < best) {
        best = d;
        label = q.label;
      }
    });
    if (label === p.label) right += 1;
  });
  return right / points.length;
}

describe('generateTwoMoons', () => {
  it('is deterministic for a seed and differs for another', () => {
    expect(generateTwoMoons()).toEqual(generateTwoMoons());
    expect(twoMoonsCsv(generateTwoMoons({ seed: 1 }))).toBe(twoMoonsCsv(generateTwoMoons({ seed: 1 })));
    expect(generateTwoMoons({ seed: 1 })).not.toEqual(generateTwoMoons({ seed: 2 }));
  });

  it('has 400 rows, balanced and alternating', () => {
    const points = generateTwoMoons();
    expect(points).toHaveLength(400);
    expect(points.filter((p) => p.label === 1)).toHaveLength(200);
    expect(points.slice(0, 6).map((p) => p.label)).toEqual([0, 1, 0, 1, 0, 1]);
    expect(points.every((p) => Number.isFinite(p.x1) && Number.isFinite(p.x2))).toBe(true);
  });

  it('cannot be fully separated by a line but is by a non-linear rule', () => {
    const points = generateTwoMoons();
    expect(linearAccuracy(points)).toBeLessThan(0.92);
    expect(nearestNeighbourAccuracy(points)).toBeGreaterThan(0.95);
  });

  it('writes a CSV with x1, x2 and label', () => {
    const lines = twoMoonsCsv(generateTwoMoons({ count: 4 })).trim().split('\n');
    expect(lines[0]).toBe('x1,x2,label');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^-?\d+\.\d{4},-?\d+\.\d{4},0$/);
  });
});
