import type * as tfTypes from '@tensorflow/tfjs';
import type { GraphIssue } from '../../../src-shared/contract/models';
import type { DatasetShapeInfo } from '../../../src-shared/data/dataset';
import { isErrorCode, StudioError } from '../../../src-shared/errors';
import type { Graph } from '../../../src-shared/graph/format';
import { firstError, validateGraph } from '../../../src-shared/graph/validate';
import { registerCustomLayers } from './custom-layers/spatial-dropout2d';
import type { LayerKind } from '../../../src-shared/graph/layers';
import { LAYER_FACTORIES, type LayerFactory, type Tfjs } from './layer-factories';

export interface BuildModelOptions {
  /** Seeds the kernel initialisers: the same seed gives the same initial weights. */
  seed: number;
  /** When given, a model that does not fit this dataset is refused too. */
  dataset?: DatasetShapeInfo;
  /** False to build a model tfjs can run but not train (a dilated convolution), e.g. to export or inspect it. */
  forTraining?: boolean;
}

/**
 * Builds a tf.LayersModel from a graph with the functional API, layers applied in topological
 * order and named after their nodes. The graph goes through the same validation as in the canvas
 * and in main; a StudioError carries the first error issue's code and message.
 */
export function buildModel(tf: Tfjs, graph: Graph, options: BuildModelOptions): tfTypes.LayersModel {
  const { inference, issues } = validateGraph(graph, { dataset: options.dataset });
  const blocking = firstError(options.forTraining === false ? issues.filter((issue) => issue.details?.reason !== 'not-trainable') : issues);
  if (blocking) throw issueToError(blocking);
  registerCustomLayers(tf);

  const outputs = new Map<string, tfTypes.SymbolicTensor>();
  for (const node of inference.nodes) {
    // Inference has checked the kind is registered and resolved its params with the kind's schema.
    const factory = LAYER_FACTORIES[node.kind as LayerKind] as LayerFactory;
    const apply = factory(tf, node.params!, { name: node.name, seed: layerSeed(options.seed, node.name), outputShape: node.outputShape! });
    outputs.set(
      node.nodeId,
      apply(node.inputIds.map((id) => outputs.get(id)!)),
    );
  }
  return tf.model({ inputs: outputs.get(inference.inputNodeId!)!, outputs: outputs.get(inference.outputNodeId!)! });
}

function issueToError(issue: GraphIssue): StudioError {
  return new StudioError(isErrorCode(issue.code) ? issue.code : 'GRAPH_INVALID', issue.message, issue.details);
}

/**
 * Each layer gets its own seed (one shared seed would give same-shaped layers identical kernels),
 * derived from the run's seed and the layer's name so that adding a layer elsewhere does not
 * change it. FNV-1a over the text "seed/name", kept within a positive 31-bit integer.
 */
export function layerSeed(seed: number, layerName: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${seed}/${layerName}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 0x7fffffff;
}
