import type { GraphFix, GraphIssue } from '../contract/models';
import type { DatasetShapeInfo } from '../data/dataset';
import { checkGraphAgainstDataset } from './check-dataset';
import { bypassLayerFix, insertLayerBeforeFix, removeLayerFix, setParamFix, setParamsFix } from './fix-its';
import type { Graph, GraphNode } from './format';
import { graphIssue, graphInvalid } from './graph-issue';
import { inferGraph, type GraphInference, type NodeInference } from './infer';
import { findLayerDefinition } from './layers';
import { formatShape, sameShape } from './shape';
import type { TemplateObjective } from './templates/template-definition';

// The one validation of a graph, used by the canvas as the user edits, by main before it starts a
// run, and by the worker before it builds the model: shape inference, the dataset fit, what tfjs
// can train, and a one-click fix where the fix is unambiguous.

export interface ValidationOptions {
  /** When given, the model must fit this dataset (input shape, output units and activation). */
  dataset?: DatasetShapeInfo;
  /** The loss the run will use, when it is known ('binaryCrossentropy', …). */
  loss?: string;
  /** 'reconstruction' for an autoencoder: its output must have the input's shape, not the labels'. */
  objective?: TemplateObjective;
}

export interface GraphValidation {
  inference: GraphInference;
  /** Every problem, errors first within each source; an empty list means the model can train. */
  issues: GraphIssue[];
}

export function validateGraph(graph: Graph, options: ValidationOptions = {}): GraphValidation {
  const inference = inferGraph(graph);
  const nodeById = new Map(graph.nodes.map((node) => [node.id, node]));
  const issues = inference.issues.map((issue) => withFixes(graph, inference, nodeById, explainShrinking(inference, nodeById, issue)));
  issues.push(...trainabilityIssues(inference));
  const lossIssue = binaryCrossentropyIssue(inference, options);
  if (lossIssue) issues.push(lossIssue);
  if (options.dataset && options.objective === 'reconstruction') {
    const issue = reconstructionIssue(inference, options.dataset);
    if (issue) issues.push(issue);
  } else if (options.dataset) {
    const datasetIssues = checkGraphAgainstDataset(graph, options.dataset, inference).filter(
      // The binary cross-entropy issue already says what to do about a sigmoid output.
      (issue) => !(lossIssue && issue.details?.reason === 'activation' && issue.nodeId === lossIssue.nodeId),
    );
    issues.push(...datasetIssues.map((issue) => withFixes(graph, inference, nodeById, issue)));
  }
  return { inference, issues };
}

export function firstError(issues: readonly GraphIssue[]): GraphIssue | undefined {
  return issues.find((issue) => issue.severity === 'error');
}

/** Layers upstream of `nodeId` (nearest first) that shrink the feature maps: strided layers and pooling. */
function shrinkingAncestors(inference: GraphInference, nodeById: ReadonlyMap<string, GraphNode>, nodeId: string): GraphNode[] {
  const found: GraphNode[] = [];
  const seen = new Set<string>();
  const queue = [...(inference.byId.get(nodeId)?.inputIds ?? [])];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const node = nodeById.get(id);
    const inferred = inference.byId.get(id);
    if (!node || !inferred) continue;
    const strides = inferred.params?.strides;
    const stride = Array.isArray(strides) ? Math.max(...strides) : typeof strides === 'number' ? strides : 1;
    if (stride > 1) found.push(node);
    queue.push(...inferred.inputIds);
  }
  return found;
}

/**
 * A window too large for its input after earlier layers have strided the maps down is the
 * "strides shrink a dimension to zero" case: say which layers did the shrinking.
 */
function explainShrinking(inference: GraphInference, nodeById: ReadonlyMap<string, GraphNode>, issue: GraphIssue): GraphIssue {
  if (issue.details?.reason !== 'window-too-large' || !issue.nodeId || !issue.text) return issue;
  const shrinkers = shrinkingAncestors(inference, nodeById, issue.nodeId);
  if (shrinkers.length === 0) return issue;
  const names = shrinkers.map((node) => node.name).join(', ');
  const node = nodeById.get(issue.nodeId)!;
  const text = {
    message: {
      en: `${issue.text.message.en}: the strides of ${names} have shrunk the feature maps until this layer's output would have no rows or columns left`,
      es: `${issue.text.message.es}: los strides de ${names} achicaron los mapas hasta que la salida de esta capa se quedaría sin filas o columnas`,
    },
    fix: {
      en: `use padding 'same' in ${node.name}, remove a pooling layer or reduce a stride before it, or use larger inputs`,
      es: `usa padding 'same' en ${node.name}, quita una capa de pooling o reduce un stride antes, o usa entradas más grandes`,
    },
  };
  return graphIssue('SHAPE_ERROR', issue.nodeId, text, { ...issue.details, reason: 'strides-shrink', shrunkBy: names });
}

/** Adds the unambiguous one-click fixes an issue has. */
function withFixes(graph: Graph, inference: GraphInference, nodeById: ReadonlyMap<string, GraphNode>, issue: GraphIssue): GraphIssue {
  const fixes = fixesFor(graph, inference, nodeById, issue);
  return fixes.length > 0 ? { ...issue, fixes } : issue;
}

function fixesFor(graph: Graph, inference: GraphInference, nodeById: ReadonlyMap<string, GraphNode>, issue: GraphIssue): GraphFix[] {
  const nodeId = issue.nodeId;
  const node = nodeId ? nodeById.get(nodeId) : undefined;
  if (!nodeId || !node) return [];
  const details = issue.details ?? {};
  const present = (fix: GraphFix | null): GraphFix[] => (fix ? [fix] : []);
  switch (details.reason) {
    case 'needs-flatten':
    case 'needs-flat':
      return present(insertLayerBeforeFix(graph, nodeId, 'flatten', { en: 'Insert Flatten', es: 'Insertar Flatten' }));
    case 'already-flat':
      return present(bypassLayerFix(graph, nodeId, { en: `Remove ${node.name}`, es: `Quitar ${node.name}` }));
    case 'window-too-large':
    case 'strides-shrink':
      return findLayerDefinition(node.kind)?.fields.padding ? [setParamFix(nodeId, 'padding', 'same', { en: "Use padding 'same'", es: "Usar padding 'same'" })] : [];
    case 'input-count':
      // A layer with no connection at all is left over: removing it is the fix.
      return details.inputs === 0 && !graph.edges.some((edge) => edge.source === nodeId) && node.kind !== 'input' ? present(removeLayerFix(graph, nodeId)) : [];
    case 'units': {
      const units = Number(details.expectedUnits);
      if (issue.code !== 'MODEL_OUTPUT_MISMATCH' || node.kind !== 'dense') return [];
      const fix = setParamFix(nodeId, 'units', units, { en: `Set units to ${units}`, es: `Poner ${units} unidades` });
      const activation = String(details.expectedActivation ?? '');
      if (activation && details.activation !== activation && outputActivatorId(inference) === nodeId) {
        return [
          setParamsFix(nodeId, { units, activation }, { en: `Set units to ${units} and activation to ${activation}`, es: `Poner ${units} unidades y activación ${activation}` }),
          fix,
        ];
      }
      return [fix];
    }
    case 'activation': {
      const activation = String(details.expectedActivation);
      const definition = findLayerDefinition(node.kind);
      return definition?.fields.activation ? [setParamFix(nodeId, 'activation', activation, { en: `Set activation to ${activation}`, es: `Poner activación ${activation}` })] : [];
    }
    default:
      if (issue.code === 'MODEL_INPUT_MISMATCH' && typeof details.suggestedShape === 'string') {
        const shape = JSON.parse(details.suggestedShape) as number[];
        return [setParamFix(nodeId, 'shape', shape, { en: `Set the input shape to ${details.suggestedShape}`, es: `Poner la forma de entrada ${details.suggestedShape}` })];
      }
      return [];
  }
}

/** The node whose activation the model's output shows (the output layer, through Dropout/Flatten). */
function outputActivatorId(inference: GraphInference): string | null {
  let node = inference.outputNodeId ? inference.byId.get(inference.outputNodeId) : undefined;
  while (node && (node.kind === 'dropout' || node.kind === 'flatten') && node.inputIds.length === 1) node = inference.byId.get(node.inputIds[0]);
  return node?.nodeId ?? null;
}

const DILATION_FIELDS = ['dilationRate'];

/** What tfjs cannot train although the shapes work: dilated convolutions have no gradient in tfjs 4.22. */
function trainabilityIssues(inference: GraphInference): GraphIssue[] {
  const issues: GraphIssue[] = [];
  for (const node of inference.nodes) {
    const dilation = DILATION_FIELDS.map((name) => node.params?.[name]).find((value) => value !== undefined);
    const values = Array.isArray(dilation) ? dilation : typeof dilation === 'number' ? [dilation] : [];
    if (!values.some((value) => value > 1)) continue;
    const one = Array.isArray(dilation) ? values.map(() => 1) : 1;
    const issue = graphInvalid(
      node.nodeId,
      {
        message: {
          en: `${node.name} uses a dilation of ${values.join('×')}, which TensorFlow.js cannot train (it has no gradient for dilated convolutions)`,
          es: `${node.name} usa una dilatación de ${values.join('×')}, que TensorFlow.js no puede entrenar (no tiene gradiente para convoluciones dilatadas)`,
        },
        fix: { en: 'set the dilation to 1, or use a larger kernel', es: 'pon la dilatación en 1, o usa un kernel más grande' },
      },
      { reason: 'not-trainable', layer: node.name, kind: node.kind, field: 'dilationRate' },
    );
    issues.push({ ...issue, fixes: [setParamFix(node.nodeId, 'dilationRate', one, { en: 'Set dilation to 1', es: 'Poner dilatación 1' })] });
  }
  return issues;
}

function isSigmoidOutput(node: NodeInference | undefined): boolean {
  return node?.params?.activation === 'sigmoid';
}

/**
 * Binary cross-entropy scores one probability per sample, so its output layer needs one unit. The
 * loss is the training form's; until it is chosen, a sigmoid output over a two-class dataset implies it.
 */
function binaryCrossentropyIssue(inference: GraphInference, options: ValidationOptions): GraphIssue | null {
  const activatorId = outputActivatorId(inference);
  const activator = activatorId ? inference.byId.get(activatorId) : undefined;
  const output = inference.outputNodeId ? inference.byId.get(inference.outputNodeId) : undefined;
  const units = output?.outputShape?.length === 1 ? output.outputShape[0] : null;
  if (!activator || units === null || units <= 1) return null;
  const binaryDataset = options.dataset?.task === 'classification' && options.dataset.classes.length === 2;
  const impliesBinary = options.loss === undefined && binaryDataset && isSigmoidOutput(activator);
  if (options.loss !== 'binaryCrossentropy' && !impliesBinary) return null;
  const issue = graphIssue(
    'MODEL_OUTPUT_MISMATCH',
    activator.nodeId,
    {
      message: {
        en: `Binary cross-entropy compares one probability per sample, but the last layer '${activator.name}' gives ${units} values`,
        es: `La entropía cruzada binaria compara una probabilidad por muestra, pero la última capa '${activator.name}' da ${units} valores`,
      },
      fix: {
        en: 'set its units to 1 with sigmoid, or use 2 units with softmax and categorical cross-entropy',
        es: 'pon 1 unidad con sigmoid, o usa 2 unidades con softmax y entropía cruzada categórica',
      },
    },
    { reason: 'binary-crossentropy-units', layer: activator.name, units, expectedUnits: 1, expectedActivation: 'sigmoid' },
  );
  const fixes: GraphFix[] =
    activator.kind === 'dense'
      ? [setParamsFix(activator.nodeId, { units: 1, activation: 'sigmoid' }, { en: 'Set units to 1 (sigmoid)', es: 'Poner 1 unidad (sigmoid)' })]
      : [];
  return fixes.length > 0 ? { ...issue, fixes } : issue;
}

/** An autoencoder gives back its input: the input must take the dataset's samples and the output match them. */
function reconstructionIssue(inference: GraphInference, dataset: DatasetShapeInfo): GraphIssue | null {
  const input = inference.inputNodeId ? inference.byId.get(inference.inputNodeId) : undefined;
  const output = inference.outputNodeId ? inference.byId.get(inference.outputNodeId) : undefined;
  if (!input?.outputShape || !output?.outputShape) return null;
  const wanted = dataset.inputShape;
  const node = sameShape(input.outputShape, wanted) ? output : input;
  if (sameShape(node.outputShape!, wanted)) return null;
  const got = formatShape(node.outputShape!);
  const expected = formatShape(wanted);
  return graphIssue(
    'MODEL_OUTPUT_MISMATCH',
    node.nodeId,
    {
      message: {
        en: `An autoencoder rebuilds its input, so '${node.name}' must give ${expected} like dataset '${dataset.name}', but gives ${got}`,
        es: `Un autoencoder reconstruye su entrada, así que '${node.name}' debe dar ${expected} como el dataset '${dataset.name}', pero da ${got}`,
      },
      fix: { en: `make the last layers give back ${expected}`, es: `haz que las últimas capas devuelvan ${expected}` },
    },
    { reason: 'reconstruction-shape', layer: node.name, dataset: dataset.name, expected, actual: got },
  );
}
