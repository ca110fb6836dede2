import type { GraphIssue } from '../contract/models';
import type { DatasetShapeInfo } from '../data/dataset';
import type { Graph } from './format';
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
  return {
    code: 'MODEL_INPUT_MISMATCH',
    severity: 'error',
    nodeId: input.nodeId,
    message: `The input layer expects ${expected} but dataset '${dataset.name}' gives ${actual}. Set the input shape to ${suggested} or pick a matching dataset.`,
    details: { layer: input.name, expected, actual, dataset: dataset.name, suggestedShape: suggested },
  };
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
  const needs = dataset.task === 'regression' ? `dataset '${dataset.name}' predicts one number (regression)` : `dataset '${dataset.name}' has ${classes} classes`;
  const mismatch = (node: NodeInference, message: string, details: NonNullable<GraphIssue['details']>): GraphIssue => ({
    code: 'MODEL_OUTPUT_MISMATCH',
    severity: 'error',
    nodeId: node.nodeId,
    message,
    details: { ...base, layer: node.name, ...details },
  });

  const shape: Shape = output.outputShape;
  const expectedUnits = rule.units[0];
  if (shape.length !== 1) {
    const expectedActivation = rule.activationFor(expectedUnits);
    return mismatch(
      output,
      `The last layer '${output.name}' gives ${formatShape(shape)} but ${needs}, so the model must end in (batch, ${expectedUnits}). Add Flatten and a Dense layer with ${expectedUnits} units and ${expectedActivation} activation at the end.`,
      { reason: 'rank', units: null, activation: activationOf(output), expectedUnits, expectedActivation },
    );
  }

  const units = shape[0];
  if (!rule.units.includes(units)) {
    const sizer = walkBack(inference, output, SIZE_PRESERVING_KINDS);
    const fix = sizer.kind === 'dense' ? `Set its units to ${expectedUnits}.` : `End the model with a Dense layer of ${expectedUnits} units.`;
    const what = sizer.kind === 'dense' ? `has ${units} units` : `gives ${units} values`;
    return mismatch(sizer, `The last layer '${sizer.name}' ${what} but ${needs}. ${fix}`, {
      reason: 'units',
      units,
      activation: activationOf(walkBack(inference, output, VALUE_PRESERVING_KINDS)),
      expectedUnits,
      expectedActivation: rule.activationFor(expectedUnits),
    });
  }

  const expectedActivation = rule.activationFor(units);
  const activator = walkBack(inference, output, VALUE_PRESERVING_KINDS);
  const activation = activationOf(activator);
  if (activation === expectedActivation) return null;
  const why =
    expectedActivation === 'linear'
      ? 'a regression output must be linear so it can predict any number'
      : expectedActivation === 'sigmoid'
        ? 'a single output for 2 classes needs sigmoid to give a probability between 0 and 1'
        : `a classifier over ${classes} classes needs softmax to turn its outputs into class probabilities`;
  const alternative = expectedActivation === 'sigmoid' ? ', or use 2 units with softmax' : '';
  const fix =
    activator.params && 'activation' in activator.params
      ? `Set its activation to ${expectedActivation}${alternative}.`
      : `Add an Activation layer with ${expectedActivation} at the end.`;
  return mismatch(activator, `The last layer '${activator.name}' uses ${activation} but ${why}. ${fix}`, {
    reason: 'activation',
    units,
    activation,
    expectedUnits: units,
    expectedActivation,
  });
}
