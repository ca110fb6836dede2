import { isErrorCode, StudioError } from '../../errors';
import type { Graph } from '../format';
import { inferGraph, type NodeInference } from '../infer';
import type { AnyLayerDefinition } from '../layer-definition';
import { getLayerDefinition } from '../layers';
import type { LayerParams, ParamField, ParamValue } from '../param-fields';

// What both code generators need from a graph: the layers in order, each with a variable name, its
// definition, resolved params and the variables it reads; and which params to write.

export interface PlannedLayer {
  node: NodeInference;
  definition: AnyLayerDefinition;
  params: LayerParams;
  variable: string;
  inputs: string[];
}

export interface CodePlan {
  layers: PlannedLayer[];
  input: PlannedLayer;
  output: PlannedLayer;
  /** Each layer feeds only the next: the model can be written as a Sequential list. */
  isChain: boolean;
}

const RESERVED = new Set([
  ...['and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'False', 'finally', 'for', 'from'],
  ...['global', 'if', 'import', 'in', 'is', 'lambda', 'None', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'True', 'try', 'while', 'with', 'yield'],
  ...['const', 'let', 'var', 'function', 'new', 'this', 'delete', 'typeof', 'void', 'default', 'switch', 'case', 'do', 'enum', 'export', 'extends'],
  ...['tf', 'keras', 'layers', 'regularizers', 'model', 'inputs', 'outputs'],
]);

/** A variable name from a layer name, unique among `taken`: 'conv2d-1' → 'conv2d_1'. */
function variableName(layerName: string, taken: Set<string>): string {
  let base = layerName.replace(/[^A-Za-z0-9_]/g, '_');
  if (/^[0-9]/.test(base)) base = `layer_${base}`;
  if (RESERVED.has(base)) base = `${base}_layer`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/** Orders and names the layers; throws the graph's first problem when it cannot be written as a model. */
export function planCode(graph: Graph): CodePlan {
  const inference = inferGraph(graph);
  const problem = inference.issues.find((issue) => issue.severity === 'error');
  if (problem) throw new StudioError(isErrorCode(problem.code) ? problem.code : 'GRAPH_INVALID', problem.message, problem.details);
  const taken = new Set<string>();
  const variables = new Map<string, string>();
  const layers = inference.nodes.map((node): PlannedLayer => {
    const variable = variableName(node.name, taken);
    variables.set(node.nodeId, variable);
    return { node, definition: getLayerDefinition(node.kind), params: node.params!, variable, inputs: node.inputIds.map((id) => variables.get(id)!) };
  });
  const isChain =
    layers.every((layer, index) => (index === 0 ? layer.inputs.length === 0 : layer.inputs.length === 1 && layer.inputs[0] === layers[index - 1].variable)) &&
    graph.edges.length === layers.length - 1;
  return {
    layers,
    input: layers.find((layer) => layer.node.nodeId === inference.inputNodeId)!,
    output: layers.find((layer) => layer.node.nodeId === inference.outputNodeId)!,
    isChain,
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether a param is worth writing: required by the library, or not at its default. */
export function shouldWrite(definition: AnyLayerDefinition, name: string, field: ParamField, value: ParamValue, alwaysWrite: (name: string, field: ParamField) => boolean): boolean {
  if (definition.keras.required?.includes(name) || alwaysWrite(name, field)) return true;
  return !sameValue(value, field.default);
}

/** The <prefix>L1/<prefix>L2 pairs of a kind: 'kernel' for kernelL1/kernelL2. */
export function penaltyPrefix(name: string, field: ParamField): string | null {
  if (field.type !== 'float') return null;
  const match = /^(.+)L[12]$/.exec(name);
  return match ? match[1] : null;
}

export function isInitializer(field: ParamField): boolean {
  return field.type === 'enum' && field.options.includes('glorotUniform');
}

/** A model name both libraries accept as a scope name: 'Iris · MLP' → 'Iris_MLP'. */
export function codeModelName(title: string): string {
  const name = title.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[^A-Za-z]+/, '').replace(/_+$/, '');
  return name || 'model';
}
