import type { Split } from '../../src-shared/data/dataset';
import { createRandom, shuffleInPlace } from '../../src-shared/training/random';

/** Seed used when an import does not choose one; stored on the dataset so the split can be redone. */
export const DEFAULT_SPLIT_SEED = 42;
export const VALIDATION_FRACTION = 0.2;

/** How many of a group's n items go to validation: ~20%, at least one when n ≥ 2, never all. */
export function validationCount(n: number): number {
  if (n < 2) return 0;
  return Math.min(n - 1, Math.max(1, Math.round(n * VALIDATION_FRACTION)));
}

/**
 * Assigns each item to train or val, stratified by group (the class index; one group for
 * regression). Each group is shuffled with one seeded stream, in group order, so the same
 * labels and seed always give the same split; a group of one stays in train.
 */
export function assignSplits(groups: readonly number[], seed: number): Split[] {
  const byGroup = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const members = byGroup.get(g);
    if (members) members.push(i);
    else byGroup.set(g, [i]);
  });
  const random = createRandom(seed);
  const splits = new Array<Split>(groups.length).fill('train');
  for (const g of [...byGroup.keys()].sort((a, b) => a - b)) {
    const members = shuffleInPlace(byGroup.get(g)!, random);
    const val = validationCount(members.length);
    for (let k = 0; k < val; k += 1) splits[members[k]] = 'val';
  }
  return splits;
}
