import { StudioError, isErrorCode } from '../../errors';
import type { Graph } from '../format';
import { inferGraph, type NodeInference } from '../infer';
import { findLayerDefinition } from '../layers';
import type { KerasConfig, KerasValue } from './keras-format';
import { paramsToKerasConfig } from './layer-config';

// A graph → a layers-model topology in the Keras format that tfjs (tf.models.modelFromJSON,
// tf.loadLayersModel) and Keras (model_from_json) both read. Written in plain classes only: the
// studio's own SpatialDropout2D goes out as the Dropout it equals, noise shape (batch, 1, 1, channels).

export const TOPOLOGY_KERAS_VERSION = 'tfjs-layers 4.22.0';

export interface KerasModelJson {
  class_name: 'Functional';
  config: { name: string; layers: KerasConfig[]; input_layers: KerasValue[]; output_layers: KerasValue[] };
  keras_version: string;
  backend: 'tensor_flow.js';
}

/** What tf.loadLayersModel reads from a model.json: the topology, and no weights (they start from the initialisers). */
export interface TfjsModelJson {
  format: 'layers-model';
  generatedBy: string;
  convertedBy: null;
  modelTopology: KerasModelJson;
  weightsManifest: [];
}

function layerConfig(node: NodeInference): { className: string; config: KerasConfig } {
  const definition = findLayerDefinition(node.kind)!;
  const params = node.params!;
  const base: KerasConfig = { name: node.name, trainable: true, dtype: 'float32' };
  switch (node.kind) {
    case 'input':
      return { className: 'InputLayer', config: { batch_input_shape: [null, ...(params.shape as number[])], dtype: 'float32', sparse: false, name: node.name } };
    case 'spatialDropout2d':
      return { className: 'Dropout', config: { ...base, rate: params.rate as number, noise_shape: [null, 1, 1, null], seed: null } };
    case 'reshape':
      // tfjs keeps a -1 unknown in its symbolic shapes; the worked-out size loads everywhere.
      return { className: 'Reshape', config: { ...base, target_shape: [...node.outputShape!] } };
    default:
      return { className: definition.keras.className, config: { ...base, ...paramsToKerasConfig(definition, params) } };
  }
}

/** Throws the first problem of a graph that cannot be written as a model (GRAPH_INVALID, SHAPE_ERROR, …). */
export function graphToTopology(graph: Graph, modelName = 'model'): KerasModelJson {
  const inference = inferGraph(graph);
  const problem = inference.issues.find((issue) => issue.severity === 'error');
  if (problem) throw new StudioError(isErrorCode(problem.code) ? problem.code : 'GRAPH_INVALID', problem.message, problem.details);
  const nameOf = (id: string) => inference.byId.get(id)!.name;
  const layers = inference.nodes.map((node): KerasConfig => {
    const { className, config } = layerConfig(node);
    const inbound: KerasValue[] = node.inputIds.length === 0 ? [] : [node.inputIds.map((id): KerasValue => [nameOf(id), 0, 0, {}])];
    return { class_name: className, config, name: node.name, inbound_nodes: inbound };
  });
  return {
    class_name: 'Functional',
    config: {
      name: modelName,
      layers,
      input_layers: [[nameOf(inference.inputNodeId!), 0, 0]],
      output_layers: [[nameOf(inference.outputNodeId!), 0, 0]],
    },
    keras_version: TOPOLOGY_KERAS_VERSION,
    backend: 'tensor_flow.js',
  };
}

/** The topology as a tfjs model.json file. */
export function graphToModelJson(graph: Graph, generatedBy: string, modelName?: string): TfjsModelJson {
  return { format: 'layers-model', generatedBy, convertedBy: null, modelTopology: graphToTopology(graph, modelName), weightsManifest: [] };
}
