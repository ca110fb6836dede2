import { formatShape, ShapeError, type Shape } from '../shape';

// Shape rules shared by the layers that slide a window over an image (convolutions and pooling).

/** Throws unless the input is one image-shaped tensor (height, width, channels). */
export function requireImageInput(title: string, shape: Shape): [number, number, number] {
  if (shape.length === 3) return [shape[0], shape[1], shape[2]];
  const got = formatShape(shape);
  if (shape.length === 1) {
    throw new ShapeError({
      reason: 'needs-image',
      message: {
        en: `${title} expects an image input (batch, height, width, channels) but gets the flat ${got}`,
        es: `${title} espera una imagen (batch, alto, ancho, canales) pero recibe la entrada plana ${got}`,
      },
      fix: {
        en: 'move it before Flatten and the Dense layers, or use an image dataset with an input shape like [28, 28, 1]',
        es: 'muévela antes de Flatten y de las capas Dense, o usa un dataset de imágenes con una forma de entrada como [28, 28, 1]',
      },
    });
  }
  throw new ShapeError({
    reason: 'needs-image',
    message: {
      en: `${title} expects an image input (batch, height, width, channels) but gets ${got}`,
      es: `${title} espera una imagen (batch, alto, ancho, canales) pero recibe ${got}`,
    },
    fix: {
      en: 'set the input shape to [height, width, channels], e.g. [28, 28, 1]',
      es: 'define la forma de entrada como [alto, ancho, canales], por ejemplo [28, 28, 1]',
    },
  });
}

/** Throws unless the input is a sequence (steps, features). */
export function requireSequenceInput(title: string, shape: Shape): [number, number] {
  if (shape.length === 2) return [shape[0], shape[1]];
  const got = formatShape(shape);
  throw new ShapeError({
    reason: 'needs-sequence',
    message: {
      en: `${title} expects a sequence input (batch, steps, features) but gets ${got}`,
      es: `${title} espera una secuencia (batch, pasos, features) pero recibe ${got}`,
    },
    fix:
      shape.length === 1
        ? {
            en: 'set the input shape to [steps, features], e.g. [30, 1] for 30 time steps of one value, or add RepeatVector before it',
            es: 'define la forma de entrada como [pasos, features], por ejemplo [30, 1] para 30 pasos de un valor, o agrega RepeatVector antes',
          }
        : {
            en: 'add Reshape before it to turn the input into [steps, features]',
            es: 'agrega Reshape antes para convertir la entrada en [pasos, features]',
          },
  });
}

/** The window size once dilated: a 3-tap kernel with dilation 2 spans 5 inputs. */
export function dilatedWindow(window: number, dilation: number): number {
  return (window - 1) * dilation + 1;
}

/**
 * Output length along one axis, as Keras computes it: valid = floor((in − window) / stride) + 1,
 * same = ceil(in / stride). Returns 0 or less when a valid window does not fit.
 */
export function windowOutputLength(inputLength: number, window: number, stride: number, padding: string): number {
  if (padding === 'same') return Math.ceil(inputLength / stride);
  return Math.floor((inputLength - window) / stride) + 1;
}

export interface WindowWord {
  en: string;
  /** With its article, for gender: 'el kernel', 'la ventana de pooling'. */
  es: string;
}

export const KERNEL_WORD: WindowWord = { en: 'kernel', es: 'el kernel' };
export const POOL_WORD: WindowWord = { en: 'pool window', es: 'la ventana de pooling' };

/**
 * Lengths after sliding `window` with `strides` along each spatial axis; throws a fix-it
 * ShapeError when the window is larger than the input under 'valid' padding.
 */
export function windowOutputSize(title: string, word: WindowWord, spatial: number[], window: number[], strides: number[], padding: string): number[] {
  const lengths = spatial.map((length, axis) => windowOutputLength(length, window[axis], strides[axis], padding));
  if (lengths.every((length) => length >= 1)) return lengths;
  const windowText = window.join('×');
  const inputText = spatial.join('×');
  const fitsText = window.map((w, axis) => Math.min(w, spatial[axis])).join('×');
  const esWord = word.es.charAt(0).toUpperCase() + word.es.slice(1);
  throw new ShapeError({
    reason: 'window-too-large',
    message: {
      en: `${title}'s ${windowText} ${word.en} is larger than its ${inputText} input`,
      es: `${esWord} de ${windowText} de ${title} es más grande que su entrada de ${inputText}`,
    },
    fix: {
      en: `use padding 'same', a ${word.en} of at most ${fitsText}, or remove a pooling layer before it`,
      es: `usa padding 'same', reduce ${word.es} a ${fitsText} como máximo, o quita una capa de pooling anterior`,
    },
  });
}

/** tfjs cannot combine a dilation above 1 with a stride above 1 (neither can Keras). */
export function requireStridesOrDilation(title: string, strides: number[], dilation: number[]): void {
  if (!strides.some((s) => s > 1) || !dilation.some((d) => d > 1)) return;
  throw new ShapeError({
    reason: 'strides-with-dilation',
    message: {
      en: `${title} cannot use a stride above 1 together with a dilation above 1`,
      es: `${title} no puede usar un stride mayor que 1 junto con una dilatación mayor que 1`,
    },
    fix: { en: 'set the stride or the dilation back to 1', es: 'vuelve a poner el stride o la dilatación en 1' },
  });
}
