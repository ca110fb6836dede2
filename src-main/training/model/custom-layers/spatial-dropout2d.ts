import type * as tfTypes from '@tensorflow/tfjs';
import type { Tfjs } from '../layer-factories';

// tfjs 4.22 has SpatialDropout1D but not SpatialDropout2D, so the studio registers its own class.
// It is a Dropout whose mask is shared by every pixel of a channel: noise shape (batch, 1, 1, channels).
// Exports rewrite it as exactly that Dropout (see plain-topology.ts), which plain tfjs and Keras load.

export interface SpatialDropout2DArgs {
  name: string;
  rate: number;
  /** Seeds the masks; each training call uses the next seed, so masks vary and runs repeat. */
  seed?: number;
  trainable?: boolean;
}

type LayerClass = new (args: SpatialDropout2DArgs) => tfTypes.layers.Layer;

const CLASSES = new WeakMap<Tfjs, LayerClass>();

export const SPATIAL_DROPOUT_2D = 'SpatialDropout2D';

/** The class for this tfjs instance, registered for serialization the first time it is asked for. */
export function spatialDropout2dClass(tf: Tfjs): LayerClass {
  const known = CLASSES.get(tf);
  if (known) return known;

  class SpatialDropout2D extends tf.layers.Layer {
    static className = SPATIAL_DROPOUT_2D;
    readonly rate: number;
    readonly seed: number | undefined;
    private calls = 0;

    constructor(args: SpatialDropout2DArgs) {
      super({ name: args.name, trainable: args.trainable });
      this.rate = args.rate;
      this.seed = args.seed ?? undefined;
      this.inputSpec = [{ ndim: 4 }];
    }

    override computeOutputShape(inputShape: tfTypes.Shape | tfTypes.Shape[]): tfTypes.Shape | tfTypes.Shape[] {
      return inputShape;
    }

    override call(inputs: tfTypes.Tensor | tfTypes.Tensor[], kwargs: { training?: boolean }): tfTypes.Tensor {
      return tf.tidy(() => {
        const input = Array.isArray(inputs) ? inputs[0] : inputs;
        if (kwargs.training !== true || this.rate <= 0) return input;
        const [batch, , , channels] = input.shape;
        const seed = this.seed === undefined ? undefined : this.seed + this.calls;
        this.calls += 1;
        return tf.dropout(input, this.rate, [batch, 1, 1, channels], seed);
      });
    }

    override getConfig(): tfTypes.serialization.ConfigDict {
      return { ...super.getConfig(), rate: this.rate, seed: this.seed ?? null };
    }
  }

  tf.serialization.registerClass(SpatialDropout2D);
  CLASSES.set(tf, SpatialDropout2D);
  return SpatialDropout2D;
}

/** Registers every layer class of the studio's own with this tfjs, so saved models load. */
export function registerCustomLayers(tf: Tfjs): void {
  spatialDropout2dClass(tf);
}
