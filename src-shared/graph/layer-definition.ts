/**
 * Layer definitions — the interface the canvas, inspector, validation, code generators and the
 * tfjs builder all read (STYLE.md point 3). One file per kind in ./layers, registered in
 * ./layers/index.ts, whose `LayerKind` is the union of the registered kinds.
 *
 * For the canvas and inspector:
 * - `listLayerDefinitions()` gives every kind in palette order; `LAYER_CATEGORIES` the palette groups
 *   in order; `definition.category` which group a kind is in.
 * - Texts are data, not code: `layerTexts(kind)` → `{ title, help }` and `paramTexts(kind, name)` →
 *   `{ label, help }`, each `{ en, es }` (./layer-texts.ts, from ./locales/<language>.json);
 *   `categoryTitle(category)` for the palette headings.
 * - `definition.fields` describes the inspector's inputs, in display order (see ./param-fields.ts):
 *   `int` / `float` (`min`, `max`, `exclusiveMin`/`exclusiveMax`, `step`, `unit`), `enum`
 *   (`options`), `bool`, `ints` (a list; `length` when fixed, e.g. [height, width]) and `layer`
 *   (a wrapped layer `{ kind, params }`: offer `definitions` as its kinds and draw the chosen
 *   definition's own fields for its params). Every field has a `default`.
 * - `validateParam(definition, name, value)` (./params.ts) checks one field as the user types and
 *   returns the message to show, or null; `resolveParams` checks a whole node (defaults filled).
 * - `definition.inputs` is how many incoming connections a kind takes (merge layers: 2–16,
 *   each in its own slot, the edge's `targetHandle`; Input: none).
 * - `definition.keras` is the Keras/tfjs class it corresponds to (see ./keras/keras-format.ts).
 * - Shapes, parameter counts, FLOPs and issues for a whole graph come from `inferGraph` (./infer.ts)
 *   and `modelTotals` (./model-totals.ts); never call outputShape yourself on unchecked params.
 */
import type { z } from 'zod';
import type { KerasFormat } from './keras/keras-format';
import { paramsSchema, type ParamFields, type ParamsOf } from './param-fields';
import type { Shape } from './shape';

export type { Localized } from '../localized';
export type { LayerParams, ParamValue, WrappedLayer } from './param-fields';

/** Palette groups, in palette order. */
export const LAYER_CATEGORIES = ['core', 'convolution', 'pooling', 'normalization', 'recurrent', 'merge', 'reshape', 'activation'] as const;
export type LayerCategory = (typeof LAYER_CATEGORIES)[number];

/** Weights a layer holds, split as tfjs splits them (BatchNormalization's moving statistics are not trained). */
export interface ParamCount {
  trainable: number;
  nonTrainable: number;
}

export interface LayerDefinition<K extends string = string, F extends ParamFields = ParamFields> {
  readonly kind: K;
  readonly category: LayerCategory;
  /** The parameters, in inspector order. */
  readonly fields: F;
  /** Validates raw params and fills defaults; built from `fields`. */
  readonly schema: z.ZodType<ParamsOf<F>>;
  /** How many inputs the layer takes. The input layer takes none. */
  readonly inputs: { min: number; max: number };
  /** Pure shape inference; throws ShapeError with a fix-it message when the inputs cannot work. */
  outputShape(inputShapes: Shape[], params: ParamsOf<F>): Shape;
  /** As tfjs' layer.countParams() reports it, split into trainable and non-trainable. */
  paramCount(inputShapes: Shape[], params: ParamsOf<F>): ParamCount;
  /** Approximate floating-point operations for one sample (a multiply–add counts 2). */
  flops(inputShapes: Shape[], params: ParamsOf<F>, outputShape: Shape): number;
  /** The Keras/tfjs class and how params map to its config: codegen, import and export read it. */
  readonly keras: KerasFormat;
}

/** A definition of any kind, as the registry holds them. */
export type AnyLayerDefinition = LayerDefinition<string, ParamFields>;

export const NO_PARAMS: ParamCount = { trainable: 0, nonTrainable: 0 };

export function trainable(count: number): ParamCount {
  return { trainable: count, nonTrainable: 0 };
}

/** What a layer file writes: everything but the schema, which comes from the fields. */
export interface LayerSpec<K extends string, F extends ParamFields> extends Omit<LayerDefinition<K, F>, 'schema' | 'flops'> {
  /** Leave out for layers that only move or copy data (their cost is memory traffic, not arithmetic). */
  flops?: LayerDefinition<K, F>['flops'];
}

export function defineLayer<K extends string, F extends ParamFields>(spec: LayerSpec<K, F>): LayerDefinition<K, F> {
  return { ...spec, schema: paramsSchema(spec.fields), flops: spec.flops ?? (() => 0) };
}
