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

/**
 * Thrown by a layer's outputShape when its inputs or params cannot work.
 * `fix` is a short, actionable sentence ("add Flatten before it").
 */
export class ShapeError extends Error {
  readonly fix?: string;
  readonly fixEs?: string;
  /** The message in Spanish, so the UI can show the whole problem in the user's language. */
  readonly messageEs?: string;
  constructor(message: string, fix?: string, fixEs?: string, messageEs?: string) {
    super(message);
    this.name = 'ShapeError';
    this.fix = fix;
    this.fixEs = fixEs;
    this.messageEs = messageEs;
  }
}
