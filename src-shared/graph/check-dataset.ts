import type { GraphIssue } from '../contract/models';
import type { Localized } from '../localized';
import type { DatasetShapeInfo } from '../data/dataset';
import type { Graph } from './format';
import { graphIssue, type IssueDetails, type IssueText } from './graph-issue';
import { inferGraph, type GraphInference, type NodeInference } from './infer';
import { formatShape, sameShape, type Shape } from './shape';

// Layers whose output values equal their input's at prediction time, and those that only keep the
// size: walking back through them finds the layer that really sets the output's activation / size.
const VALUE_PRESERVING_KINDS = new Set(['dropout', 'flatten']);
const SIZE_PRESERVING_KINDS = new Set(['dropout', 'activation', 'batchNormalization']);

/** What the last layer must give for a dataset: its units and activation. */
interface OutputRule {
  units: number[];
  activationFor(units: number): string;
}

/**
 * Problems that only show against a dataset: the input shape and the output layer (units and
 * activation for the task). Graph-only problems are inferGraph's; pass its result to avoid
 * inferring twice. Returns nothing about parts inference already found broken.
 */
export function checkGraphAgainstDataset(graph: Graph, dataset: DatasetShapeInfo, inference: GraphInference = inferGraph(graph)): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const inputIssue = checkInput(inference, dataset);
  if (inputIssue) issues.push(inputIssue);
  const outputIssue = checkOutput(inference, dataset);
  if (outputIssue) issues.push(outputIssue);
  return issues;
}

function checkInput(inference: GraphInference, dataset: DatasetShapeInfo): GraphIssue | null {
  const input = inference.inputNodeId ? inference.byId.get(inference.inputNodeId) : undefined;
  if (!input?.outputShape || sameShape(input.outputShape, dataset.inputShape)) return null;
  const expected = formatShape(input.outputShape);
  const actual = formatShape(dataset.inputShape);
  const suggested = `[${dataset.inputShape.join(', ')}]`;
  return graphIssue(
    'MODEL_INPUT_MISMATCH',
    input.nodeId,
    {
      message: {
        en: `The input layer expects ${expected} but dataset '${dataset.name}' gives ${actual}`,
        es: `La capa de entrada espera ${expected} pero el dataset '${dataset.name}' da ${actual}`,
      },
      fix: { en: `set the input shape to ${suggested} or pick a matching dataset`, es: `define la forma de entrada como ${suggested} o elige un dataset que coincida` },
    },
    { layer: input.name, expected, actual, dataset: dataset.name, suggestedShape: suggested },
  );
}

function outputRule(dataset: DatasetShapeInfo): OutputRule | null {
  if (dataset.task === 'regression') return { units: [1], activationFor: () => 'linear' };
  const classes = dataset.classes.length;
  if (classes < 2) return null; // not a classifier the dataset importer lets through
  // Two classes also train as one sigmoid probability, as in logistic regression.
  if (classes === 2) return { units: [2, 1], activationFor: (units) => (units === 1 ? 'sigmoid' : 'softmax') };
  return { units: [classes], activationFor: () => 'softmax' };
}

function walkBack(inference: GraphInference, start: NodeInference, through: ReadonlySet<string>): NodeInference {
  let node = start;
  while (through.has(node.kind) && node.inputIds.length === 1) node = inference.byId.get(node.inputIds[0])!;
  return node;
}

function activationOf(node: NodeInference): string {
  const activation = node.params?.activation;
  return typeof activation === 'string' ? activation : 'linear';
}

function checkOutput(inference: GraphInference, dataset: DatasetShapeInfo): GraphIssue | null {
  const output = inference.outputNodeId ? inference.byId.get(inference.outputNodeId) : undefined;
  const rule = outputRule(dataset);
  if (!output?.outputShape || !rule) return null;
  const classes = dataset.task === 'classification' ? dataset.classes.length : 0;
  const base = { dataset: dataset.name, task: dataset.task, classes, shape: formatShape(output.outputShape) };
  const needs: Localized =
    dataset.task === 'regression'
      ? { en: `dataset '${dataset.name}' predicts one number (regression)`, es: `el dataset '${dataset.name}' predice un número (regresión)` }
      : { en: `dataset '${dataset.name}' has ${classes} classes`, es: `el dataset '${dataset.name}' tiene ${classes} clases` };
  const mismatch = (node: NodeInference, text: IssueText, details: IssueDetails): GraphIssue =>
    graphIssue('MODEL_OUTPUT_MISMATCH', node.nodeId, text, { ...base, layer: node.name, ...details });

  const shape: Shape = output.outputShape;
  const expectedUnits = rule.units[0];
  if (shape.length !== 1) {
    const expectedActivation = rule.activationFor(expectedUnits);
    const got = formatShape(shape);
    return mismatch(
      output,
      {
        message: {
          en: `The last layer '${output.name}' gives ${got} but ${needs.en}, so the model must end in (batch, ${expectedUnits})`,
          es: `La última capa '${output.name}' da ${got} pero ${needs.es}, así que el modelo debe terminar en (batch, ${expectedUnits})`,
        },
        fix: {
          en: `add Flatten and a Dense layer with ${expectedUnits} units and ${expectedActivation} activation at the end`,
          es: `agrega al final Flatten y una capa Dense con ${expectedUnits} unidades y activación ${expectedActivation}`,
        },
      },
      { reason: 'rank', units: null, activation: activationOf(output), expectedUnits, expectedActivation },
    );
  }

  const units = shape[0];
  if (!rule.units.includes(units)) {
    const sizer = walkBack(inference, output, SIZE_PRESERVING_KINDS);
    const isDense = sizer.kind === 'dense';
    return mismatch(
      sizer,
      {
        message: isDense
          ? { en: `The last layer '${sizer.name}' has ${units} units but ${needs.en}`, es: `La última capa '${sizer.name}' tiene ${units} unidades pero ${needs.es}` }
          : { en: `The last layer '${sizer.name}' gives ${units} values but ${needs.en}`, es: `La última capa '${sizer.name}' da ${units} valores pero ${needs.es}` },
        fix: isDense
          ? { en: `set its units to ${expectedUnits}`, es: `cambia sus unidades a ${expectedUnits}` }
          : { en: `end the model with a Dense layer of ${expectedUnits} units`, es: `termina el modelo con una capa Dense de ${expectedUnits} unidades` },
      },
      {
        reason: 'units',
        units,
        activation: activationOf(walkBack(inference, output, VALUE_PRESERVING_KINDS)),
        expectedUnits,
        expectedActivation: rule.activationFor(expectedUnits),
      },
    );
  }

  const expectedActivation = rule.activationFor(units);
  const activator = walkBack(inference, output, VALUE_PRESERVING_KINDS);
  const activation = activationOf(activator);
  if (activation === expectedActivation) return null;
  const why: Localized =
    expectedActivation === 'linear'
      ? { en: 'a regression output must be linear so it can predict any number', es: 'una salida de regresión debe ser lineal para poder predecir cualquier número' }
      : expectedActivation === 'sigmoid'
        ? {
            en: 'a single output for 2 classes needs sigmoid to give a probability between 0 and 1',
            es: 'una única salida para 2 clases necesita sigmoid para dar una probabilidad entre 0 y 1',
          }
        : {
            en: `a classifier over ${classes} classes needs softmax to turn its outputs into class probabilities`,
            es: `un clasificador de ${classes} clases necesita softmax para convertir sus salidas en probabilidades por clase`,
          };
  const hasActivation = activator.params !== null && 'activation' in activator.params;
  const alternative = expectedActivation === 'sigmoid' ? { en: ', or use 2 units with softmax', es: ', o usa 2 unidades con softmax' } : { en: '', es: '' };
  return mismatch(
    activator,
    {
      message: { en: `The last layer '${activator.name}' uses ${activation} but ${why.en}`, es: `La última capa '${activator.name}' usa ${activation} pero ${why.es}` },
      fix: hasActivation
        ? { en: `set its activation to ${expectedActivation}${alternative.en}`, es: `cambia su activación a ${expectedActivation}${alternative.es}` }
        : { en: `add an Activation layer with ${expectedActivation} at the end`, es: `agrega al final una capa Activation con ${expectedActivation}` },
    },
    { reason: 'activation', units, activation, expectedUnits: units, expectedActivation },
  );
}
