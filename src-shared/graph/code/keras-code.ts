import type { Graph } from '../format';
import { snakeCase } from '../keras/keras-codecs';
import type { KerasValue } from '../keras/keras-format';
import type { AnyLayerDefinition } from '../layer-definition';
import { findLayerDefinition } from '../layers';
import type { LayerParams, ParamField, WrappedLayer } from '../param-fields';
import { codeModelName, isInitializer, penaltyPrefix, planCode, shouldWrite, type PlannedLayer } from './code-plan';

// The graph as Keras (Python) code, in the course's style: Sequential for a chain of layers, the
// functional API for branches and merges. Pure, so the canvas shows it as the user edits.

const INDENT = '    ';

/** Keras' names for the initialisers: heNormal → he_normal, leCunNormal → lecun_normal. */
function initializerName(name: string): string {
  return snakeCase(name).replace('le_cun', 'lecun');
}

/** A Python literal: lists become tuples (kernel sizes, shapes), null None, booleans True/False. */
function pythonValue(value: KerasValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 1 ? `(${pythonValue(value[0])},)` : `(${value.map(pythonValue).join(', ')})`;
  return `{${Object.entries(value)
    .map(([key, inner]) => `${JSON.stringify(key)}: ${pythonValue(inner)}`)
    .join(', ')}}`;
}

function penaltyCall(l1: number, l2: number): string {
  if (l1 > 0 && l2 > 0) return `regularizers.l1_l2(l1=${l1}, l2=${l2})`;
  return l1 > 0 ? `regularizers.l1(${l1})` : `regularizers.l2(${l2})`;
}

interface PythonContext {
  usesRegularizers: boolean;
}

/** The keyword arguments of one layer, in field order; `name` last. */
function pythonArguments(definition: AnyLayerDefinition, params: LayerParams, context: PythonContext): string[] {
  const args: string[] = [];
  const writtenPenalties = new Set<string>();
  for (const [name, field] of Object.entries(definition.fields)) {
    const value = params[name];
    const prefix = penaltyPrefix(name, field);
    if (prefix) {
      const l1 = (params[`${prefix}L1`] as number | undefined) ?? 0;
      const l2 = (params[`${prefix}L2`] as number | undefined) ?? 0;
      if (writtenPenalties.has(prefix) || (l1 === 0 && l2 === 0)) continue;
      writtenPenalties.add(prefix);
      context.usesRegularizers = true;
      args.push(`${snakeCase(prefix)}_regularizer=${penaltyCall(l1, l2)}`);
      continue;
    }
    if (!shouldWrite(definition, name, field, value, () => false)) continue;
    args.push(`${keyOf(definition, name)}=${pythonArgument(definition, name, field, value, context)}`);
  }
  for (const [key, value] of Object.entries(definition.keras.fixedConfig ?? {})) args.push(`${key}=${pythonValue(value)}`);
  return args;
}

function keyOf(definition: AnyLayerDefinition, name: string): string {
  return definition.keras.codecs?.[name]?.key ?? snakeCase(name);
}

function pythonArgument(definition: AnyLayerDefinition, name: string, field: ParamField, value: LayerParams[string], context: PythonContext): string {
  if (field.type === 'layer') return layerExpression(findLayerDefinition((value as WrappedLayer).kind)!, (value as WrappedLayer).params, [], context);
  if (isInitializer(field)) return JSON.stringify(initializerName(value as string));
  if (name === 'activation' || name === 'recurrentActivation') return JSON.stringify(snakeCase(value as string));
  // Python takes a single int where Keras' JSON has a one-item list (Conv1D's kernel_size).
  if (field.type === 'int' || field.type === 'float') return pythonValue(value as number);
  const codec = definition.keras.codecs?.[name];
  return pythonValue(codec ? codec.toKeras(value) : (value as KerasValue));
}

function layerExpression(definition: AnyLayerDefinition, params: LayerParams, extra: string[], context: PythonContext): string {
  return `layers.${definition.keras.className}(${[...pythonArguments(definition, params, context), ...extra].join(', ')})`;
}

function plannedExpression(layer: PlannedLayer, context: PythonContext): string {
  const name = `name=${JSON.stringify(layer.node.name)}`;
  if (layer.definition.kind === 'input') return `keras.Input(shape=${pythonValue(layer.params.shape as number[])}, ${name})`;
  return layerExpression(layer.definition, layer.params, [name], context);
}

/** Python that builds the graph's model with tf.keras; throws the graph's first problem if it has one. */
export function graphToKerasCode(graph: Graph, title = 'model'): string {
  const plan = planCode(graph);
  const modelName = codeModelName(title);
  const context: PythonContext = { usesRegularizers: false };
  const body: string[] = [];
  if (plan.isChain) {
    body.push('model = keras.Sequential(', `${INDENT}[`);
    for (const layer of plan.layers) body.push(`${INDENT}${INDENT}${plannedExpression(layer, context)},`);
    body.push(`${INDENT}],`, `${INDENT}name=${JSON.stringify(modelName)},`, ')');
  } else {
    for (const layer of plan.layers) {
      const expression = plannedExpression(layer, context);
      if (layer.inputs.length === 0) body.push(`${layer.variable} = ${expression}`);
      else if (layer.definition.inputs.max > 1) body.push(`${layer.variable} = ${expression}([${layer.inputs.join(', ')}])`);
      else body.push(`${layer.variable} = ${expression}(${layer.inputs[0]})`);
    }
    body.push(`model = keras.Model(inputs=${plan.input.variable}, outputs=${plan.output.variable}, name=${JSON.stringify(modelName)})`);
  }
  const imports = ['from tensorflow import keras', `from tensorflow.keras import ${context.usesRegularizers ? 'layers, regularizers' : 'layers'}`];
  return [`# ${title.replace(/\s+/g, ' ')}: generated by Neurona Studio`, ...imports, '', ...body, 'model.summary()', ''].join('\n');
}
