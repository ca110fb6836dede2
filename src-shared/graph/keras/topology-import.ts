import { GRAPH_VERSION, type Graph, type GraphEdge, type GraphNode } from '../format';
import { inferGraph } from '../infer';
import type { AnyLayerDefinition } from '../layer-definition';
import { listLayerDefinitions } from '../layers';
import { defaultParamsOf } from '../param-fields';
import type { KerasConfig, KerasValue } from './keras-format';
import { kerasConfigToParams, unusedSettings } from './layer-config';
import { readTopology, type RawLayer } from './topology-read';

// A Keras / tfjs layers-model topology → an editable graph, keeping layer names and params. A layer
// the registry lacks stays in the graph under its class name (with its config as params) so nothing
// is dropped; it is listed in `unsupported`, and validation marks it until it is replaced.

export interface UnsupportedLayer {
  name: string;
  className: string;
  reason: string;
}

export interface IgnoredSetting {
  layer: string;
  /** "key=value" as the file has it. */
  setting: string;
}

export interface TopologyImport {
  graph: Graph;
  /** Layer names in the file's order, input layers included. */
  layerOrder: string[];
  unsupported: UnsupportedLayer[];
  /** Settings of known layers the studio cannot represent, so they are not kept. */
  ignored: IgnoredSetting[];
}

const ROW_HEIGHT = 100;
const COLUMN_WIDTH = 240;

/** Keras/tfjs class names (and their older spellings) → definitions. */
function classIndex(): (className: string) => AnyLayerDefinition | undefined {
  const index = new Map<string, AnyLayerDefinition>();
  for (const definition of listLayerDefinitions()) {
    for (const name of [definition.keras.className, ...(definition.keras.aliases ?? [])]) index.set(name.toLowerCase(), definition);
  }
  return (className) => index.get(className.toLowerCase());
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Dropout with noise shape (batch, 1, 1, channels) is what SpatialDropout2D is exported as. */
function isSpatialDropout2d(layer: RawLayer): boolean {
  return layer.className === 'Dropout' && sameValue(layer.config.noise_shape, [null, 1, 1, null]);
}

/** Params as the canvas writes them: those Keras requires and those off their default, when they are valid. */
function compactParams(definition: AnyLayerDefinition, raw: Record<string, unknown>): Record<string, unknown> {
  const parsed = definition.schema.safeParse(raw);
  if (!parsed.success) return raw;
  const defaults = defaultParamsOf(definition.fields);
  const required = new Set(definition.keras.required ?? []);
  return Object.fromEntries(Object.entries(parsed.data).filter(([name, value]) => required.has(name) || !sameValue(value, defaults[name])));
}

function withoutName(config: KerasConfig): Record<string, KerasValue> {
  return Object.fromEntries(Object.entries(config).filter(([key]) => key !== 'name'));
}

/** Rows by longest path from an input, columns by order within a row, so branches sit side by side. */
function layout(nodes: GraphNode[], edges: GraphEdge[]): void {
  const depth = new Map<string, number>();
  for (const node of nodes) {
    const sources = edges.filter((edge) => edge.target === node.id).map((edge) => depth.get(edge.source) ?? 0);
    depth.set(node.id, sources.length ? Math.max(...sources) + 1 : 0);
  }
  const used = new Map<number, number>();
  for (const node of nodes) {
    const row = depth.get(node.id)!;
    const column = used.get(row) ?? 0;
    used.set(row, column + 1);
    node.position = { x: column * COLUMN_WIDTH, y: row * ROW_HEIGHT };
  }
}

const AXIS_KINDS = new Set(['batchNormalization', 'layerNormalization', 'concatenate', 'softmax']);

/** The studio's layers work on the last axis; a file that names another one cannot be kept as it is. */
function checkAxes(graph: Graph, axes: ReadonlyMap<string, KerasValue>, ignored: IgnoredSetting[]): void {
  if (axes.size === 0) return;
  const inference = inferGraph(graph);
  for (const [nodeId, axis] of axes) {
    const node = inference.byId.get(nodeId);
    const input = node?.inputIds[0] ? inference.byId.get(node.inputIds[0])?.outputShape : null;
    if (!node || !input) continue;
    const last = input.length; // Keras counts the batch as axis 0.
    if ([-1, last, [-1], [last]].some((allowed) => sameValue(allowed, axis))) continue;
    ignored.push({ layer: node.name, setting: `axis=${JSON.stringify(axis)} (the studio always uses the last axis)` });
  }
}

export function importTopology(json: unknown): TopologyImport {
  const model = readTopology(json);
  const byClass = classIndex();
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const unsupported: UnsupportedLayer[] = [];
  const ignored: IgnoredSetting[] = [];
  const axes = new Map<string, KerasValue>();
  // Names are unique in a valid file; a repeated one gets its own id so no layer is lost.
  const idOf = new Map<string, string>();
  const layerIds = model.layers.map((layer, index) => {
    const id = idOf.has(layer.name) ? `${layer.name}-${index + 1}` : layer.name;
    if (!idOf.has(layer.name)) idOf.set(layer.name, id);
    return id;
  });

  model.layers.forEach((layer, index) => {
    const id = layerIds[index];
    const definition = isSpatialDropout2d(layer) ? byClass('SpatialDropout2D') : byClass(layer.className);
    let kind: string;
    let params: Record<string, unknown>;
    if (!definition) {
      kind = layer.className;
      params = withoutName(layer.config);
      unsupported.push({ name: layer.name, className: layer.className, reason: 'the studio has no layer of this class' });
    } else {
      kind = definition.kind;
      const reading = kerasConfigToParams(definition, layer.config, byClass);
      if (definition.kind === 'spatialDropout2d') reading.used.add('noise_shape');
      if ('axis' in layer.config) {
        reading.used.add('axis');
        if (AXIS_KINDS.has(definition.kind)) axes.set(id, layer.config.axis);
      }
      params = compactParams(definition, reading.params);
      for (const setting of [...reading.ignored, ...unusedSettings(reading.used, layer.config)]) ignored.push({ layer: layer.name, setting });
    }
    if (layer.calls.length > 1) {
      unsupported.push({ name: layer.name, className: layer.className, reason: `it is applied ${layer.calls.length} times with shared weights` });
    }
    for (const reference of layer.unsupportedInputs) unsupported.push({ name: layer.name, className: layer.className, reason: `it reads ${reference}` });
    nodes.push({ id, kind, name: layer.name, params, position: { x: 0, y: 0 } });
    const sources = layer.calls[0] ?? [];
    sources.forEach((source, slot) => {
      const sourceId = idOf.get(source);
      if (sourceId) edges.push({ id: `${sourceId}->${id}:${slot}`, source: sourceId, target: id, targetHandle: slot });
      else unsupported.push({ name: layer.name, className: layer.className, reason: `its input '${source}' is not a layer of the model` });
    });
  });
  layout(nodes, edges);
  const graph: Graph = { version: GRAPH_VERSION, nodes, edges };
  checkAxes(graph, axes, ignored);
  return { graph, layerOrder: model.layers.map((layer) => layer.name), unsupported, ignored };
}
