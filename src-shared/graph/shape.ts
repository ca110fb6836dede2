import type { Localized } from '../localized';

/** A tensor shape without the batch dimension, channels last (e.g. [28, 28, 1]). */
export type Shape = number[];

export function formatShape(shape: Shape): string {
  return `(${['batch', ...shape].join(', ')})`;
}

export function shapeSize(shape: Shape): number {
  return shape.reduce((a, b) => a * b, 1);
}

export function sameShape(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

export interface ShapeProblem {
  /** A stable key for the kind of problem ('needs-flatten', 'window-too-large'), for tests and the UI. */
  reason?: string;
  /** What is wrong ("Dense expects a flat input but gets (batch, 13, 13, 32)"). */
  message: Localized;
  /** A short, actionable sentence ("add Flatten before it"); null when there is no single fix. */
  fix?: Localized | null;
}

/** Thrown by a layer's outputShape when its inputs or params cannot work; `message` is the English text. */
export class ShapeError extends Error {
  readonly reason: string;
  readonly problem: Localized;
  readonly fix: Localized | null;

  constructor({ reason = 'shape', message, fix = null }: ShapeProblem) {
    super(message.en);
    this.name = 'ShapeError';
    this.reason = reason;
    this.problem = message;
    this.fix = fix;
  }
}
