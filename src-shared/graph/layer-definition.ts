import type { Shape } from './shape';

/** A text in every UI language. */
export interface Localized {
  en: string;
  es: string;
}

interface ParamSpecBase {
  name: string;
  label: Localized;
  help: Localized;
}

export type ParamSpec =
  | (ParamSpecBase & { type: 'int'; default: number; min?: number; max?: number })
  | (ParamSpecBase & {
      type: 'float';
      default: number;
      min?: number;
      max?: number;
      step?: number;
      /** The bound itself is not allowed (Dropout's rate is in [0, 1)). */
      exclusiveMin?: boolean;
      exclusiveMax?: boolean;
    })
  | (ParamSpecBase & { type: 'enum'; default: string; options: readonly string[] })
  | (ParamSpecBase & { type: 'bool'; default: boolean })
  | (ParamSpecBase & { type: 'ints'; default: number[]; length?: number; min?: number; max?: number });

export type ParamValue = number | string | boolean | number[];
export type LayerParams = Record<string, ParamValue>;

export type LayerCategory = 'io' | 'core' | 'convolution' | 'pooling' | 'normalization' | 'regularization' | 'merge';

/**
 * One layer kind. Each kind is one file in src-shared/graph/layers/ and is registered in
 * layers/index.ts; the palette, inspector, shape inference, validation and the tfjs builder all
 * read this registry (STYLE.md point 3).
 */
export interface LayerDefinition {
  kind: string;
  category: LayerCategory;
  title: Localized;
  help: Localized;
  params: readonly ParamSpec[];
  /** How many inputs the layer takes. The input layer takes none. */
  inputs: { min: number; max: number };
  /** Pure shape inference; throws ShapeError with a fix-it message when the inputs cannot work. */
  outputShape(inputShapes: Shape[], params: LayerParams): Shape;
  /** Trainable + non-trainable parameter count, as tfjs' countParams() reports it. */
  paramCount(inputShapes: Shape[], params: LayerParams): number;
}
