import type { ParamValue } from '../param-fields';

// How a layer kind reads and writes the Keras layers format (Keras `to_json()` and tfjs model.json,
// which share it): each definition carries a KerasFormat, and codegen, import, export and the
// tests that compare with tfjs all go through it.

export type KerasValue = null | boolean | number | string | KerasValue[] | { [key: string]: KerasValue };
export interface KerasConfig {
  [key: string]: KerasValue;
}

/** One param ↔ one Keras config entry, where the naming conventions (keras-codecs.ts) do not fit. */
export interface ParamCodec {
  /** The Keras config key ('kernel_size'). */
  key: string;
  toKeras(value: ParamValue): KerasValue;
  /** The param's raw value from the config entry; undefined leaves the param at its default. */
  fromKeras(value: KerasValue | undefined, config: KerasConfig): unknown;
}

export interface KerasFormat {
  /** The Keras and tfjs class name ('Conv2D'). */
  className: string;
  /** Other class names that import as this kind (older Keras spellings). */
  aliases?: readonly string[];
  /** The `tf.layers` function that makes it ('conv2d'); the project's own kinds name their class's factory. */
  tfjsFactory: string;
  /** Params generated code always writes, even at their default (Keras requires them). */
  required?: readonly string[];
  /** Params whose config entry does not follow the conventions. */
  codecs?: Readonly<Record<string, ParamCodec>>;
  /** Config entries always written, where the studio (tfjs) differs from a Keras default (GRU's reset_after). */
  fixedConfig?: Readonly<KerasConfig>;
}
