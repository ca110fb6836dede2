// Layer names are shown to the user and given to tfjs, which only accepts tensor-name characters
// and uses '/' as its scope separator, so '/' is refused here too.
const LAYER_NAME_PATTERN = /^[A-Za-z0-9][-A-Za-z0-9._]*$/;

export function isValidLayerName(name: string): boolean {
  return name.length <= 64 && LAYER_NAME_PATTERN.test(name);
}

/** 'maxPooling2d' → 'max_pooling2d', the Keras style of layer names. */
export function layerNamePrefix(kind: string): string {
  return kind.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The first free name of the form prefix_N (dense_1, dense_2, …) for a new layer of `kind`. */
export function nextLayerName(kind: string, takenNames: Iterable<string>): string {
  const taken = new Set(takenNames);
  const prefix = layerNamePrefix(kind);
  for (let n = 1; ; n++) {
    const candidate = `${prefix}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
