import { StudioError } from '../../errors';
import type { KerasConfig, KerasValue } from './keras-format';

// Reads the layers-model formats into one list of layer calls: tfjs model.json (its modelTopology,
// or a converted Keras file's model_config), Keras `to_json()` of Keras 2 (Sequential with or
// without an InputLayer, the old list form, Functional/Model) and Keras 3's inbound_nodes form.

export interface RawLayer {
  name: string;
  className: string;
  config: KerasConfig;
  /** Source layer names of each call, in input order; one call for a layer used once. */
  calls: string[][];
  /** "tensor 1 of lstm_1" style references the studio cannot follow (a layer's second output). */
  unsupportedInputs: string[];
}

export interface RawModel {
  /** 'Sequential' or 'Functional'. */
  form: 'Sequential' | 'Functional';
  layers: RawLayer[];
}

type JsonObject = { [key: string]: KerasValue };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): never {
  throw new StudioError('MODEL_FILE_INVALID', message, { reason: 'format' });
}

/** The Keras model object inside whichever wrapper the file has. */
function modelObject(json: unknown): JsonObject {
  if (!isObject(json)) fail('the file is not a JSON object');
  if ('modelTopology' in json) {
    const topology = json.modelTopology;
    if (!isObject(topology)) fail("its 'modelTopology' is not an object");
    return isObject(topology.model_config) ? topology.model_config : topology;
  }
  if (isObject(json.model_config)) return json.model_config;
  if (typeof json.class_name === 'string' && 'config' in json) return json;
  fail("it is neither a TensorFlow.js model.json (no 'modelTopology') nor a Keras model JSON (no 'class_name' and 'config')");
}

function layerEntries(config: KerasValue | undefined): JsonObject[] {
  const list = Array.isArray(config) ? config : isObject(config) && Array.isArray(config.layers) ? config.layers : null;
  if (!list) fail("the model's config has no 'layers' list");
  return list.map((entry, index) => {
    if (!isObject(entry) || typeof entry.class_name !== 'string') fail(`layer ${index + 1} has no 'class_name'`);
    return entry;
  });
}

function layerName(entry: JsonObject, index: number): string {
  const config = isObject(entry.config) ? entry.config : {};
  const name = typeof entry.name === 'string' ? entry.name : config.name;
  return typeof name === 'string' && name.length > 0 ? name : `layer_${index + 1}`;
}

/** Every [layer, node, tensor] reference in a call, in order (Keras 2/tfjs lists and Keras 3 keras_history). */
function tensorReferences(value: KerasValue | undefined, out: [string, number, number][] = []): [string, number, number][] {
  if (Array.isArray(value)) {
    if (value.length >= 3 && typeof value[0] === 'string' && typeof value[1] === 'number' && typeof value[2] === 'number') {
      out.push([value[0], value[1], value[2]]);
      return out;
    }
    for (const item of value) tensorReferences(item, out);
  } else if (isObject(value)) {
    const history = isObject(value.config) ? value.config.keras_history : undefined;
    if (Array.isArray(history)) tensorReferences(history, out);
    else if ('args' in value) tensorReferences(value.args, out);
  }
  return out;
}

function readSequential(entries: JsonObject[]): RawLayer[] {
  const layers: RawLayer[] = [];
  entries.forEach((entry, index) => {
    const config = isObject(entry.config) ? entry.config : {};
    const name = layerName(entry, index);
    if (index === 0 && entry.class_name !== 'InputLayer') {
      // Keras 2 before TF 2.x kept the input shape on the first layer instead of an InputLayer.
      if (!Array.isArray(config.batch_input_shape) && !Array.isArray(config.batch_shape)) {
        fail(`the first layer '${name}' does not say the input shape (no InputLayer and no batch_input_shape)`);
      }
      layers.push({
        name: `${name}_input`,
        className: 'InputLayer',
        config: { batch_input_shape: config.batch_input_shape ?? config.batch_shape ?? null },
        calls: [],
        unsupportedInputs: [],
      });
    }
    const previous = layers[layers.length - 1];
    layers.push({ name, className: String(entry.class_name), config, calls: previous ? [[previous.name]] : [], unsupportedInputs: [] });
  });
  return layers;
}

function readFunctional(entries: JsonObject[]): RawLayer[] {
  return entries.map((entry, index) => {
    const calls: string[][] = [];
    const unsupportedInputs: string[] = [];
    const inbound = Array.isArray(entry.inbound_nodes) ? entry.inbound_nodes : [];
    for (const call of inbound) {
      const references = tensorReferences(call);
      for (const [source, , tensor] of references) if (tensor !== 0) unsupportedInputs.push(`output ${tensor} of ${source}`);
      calls.push(references.map(([source]) => source));
    }
    return { name: layerName(entry, index), className: String(entry.class_name), config: isObject(entry.config) ? entry.config : {}, calls, unsupportedInputs };
  });
}

/** Parses a model file's JSON; throws MODEL_FILE_INVALID saying what is missing. */
export function readTopology(json: unknown): RawModel {
  const model = modelObject(json);
  const className = String(model.class_name);
  const entries = layerEntries(model.config);
  if (className === 'Sequential') return { form: 'Sequential', layers: readSequential(entries) };
  if (className === 'Functional' || className === 'Model') return { form: 'Functional', layers: readFunctional(entries) };
  fail(`its model class '${className}' is neither Sequential nor Functional`);
}
