import { formatShape, ShapeError, type Shape } from '../shape';

// Shape rules shared by the layers that slide a window over an image (Conv2D and pooling).

/** Throws unless the input is one image-shaped tensor (height, width, channels). */
export function requireImageInput(title: string, shape: Shape): [number, number, number] {
  if (shape.length === 3) return [shape[0], shape[1], shape[2]];
  const got = formatShape(shape);
  if (shape.length === 1) {
    throw new ShapeError(
      `${title} expects an image input (batch, height, width, channels) but gets the flat ${got}`,
      'move it before Flatten and the Dense layers, or use an image dataset with an input shape like [28, 28, 1]',
      'muévela antes de Flatten y de las capas Dense, o usa un dataset de imágenes con una forma de entrada como [28, 28, 1]',
      `${title} espera una imagen (batch, alto, ancho, canales) pero recibe la entrada plana ${got}`,
    );
  }
  throw new ShapeError(
    `${title} expects an image input (batch, height, width, channels) but gets ${got}`,
    'set the input shape to [height, width, channels], e.g. [28, 28, 1]',
    'define la forma de entrada como [alto, ancho, canales], por ejemplo [28, 28, 1]',
    `${title} espera una imagen (batch, alto, ancho, canales) pero recibe ${got}`,
  );
}

/**
 * Output length along one axis, as Keras computes it: valid = floor((in − window) / stride) + 1,
 * same = ceil(in / stride). Returns 0 or less when a valid window does not fit.
 */
export function windowOutputLength(inputLength: number, window: number, stride: number, padding: string): number {
  if (padding === 'same') return Math.ceil(inputLength / stride);
  return Math.floor((inputLength - window) / stride) + 1;
}

/**
 * Height and width after sliding `window` with `strides`; throws a fix-it ShapeError when the
 * window is larger than the input under 'valid' padding. `windowWord` names the window in the
 * message: { en: 'kernel', es: 'el kernel' } (Spanish with its article, for gender).
 */
export function windowOutputSize(
  title: string,
  windowWord: { en: string; es: string },
  image: [number, number, number],
  window: number[],
  strides: number[],
  padding: string,
): [number, number] {
  const height = windowOutputLength(image[0], window[0], strides[0], padding);
  const width = windowOutputLength(image[1], window[1], strides[1], padding);
  if (height >= 1 && width >= 1) return [height, width];
  const windowText = `${window[0]}×${window[1]}`;
  const inputText = `${image[0]}×${image[1]}`;
  const fitsText = `${Math.min(window[0], image[0])}×${Math.min(window[1], image[1])}`;
  const esWord = windowWord.es.charAt(0).toUpperCase() + windowWord.es.slice(1);
  throw new ShapeError(
    `${title}'s ${windowText} ${windowWord.en} is larger than its ${inputText} input`,
    `use padding 'same', a ${windowWord.en} of at most ${fitsText}, or remove a pooling layer before it`,
    `usa padding 'same', reduce ${windowWord.es} a ${fitsText} como máximo, o quita una capa de pooling anterior`,
    `${esWord} de ${windowText} de ${title} es más grande que su entrada de ${inputText}`,
  );
}
