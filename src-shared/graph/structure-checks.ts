import type { GraphIssue } from '../contract/models';
import type { GraphEdge, GraphNode } from './format';
import { graphInvalid } from './graph-issue';
import type { AnyLayerDefinition } from './layer-definition';
import { isValidLayerName } from './layer-names';

// Problems of the graph's wiring, found before any shape is inferred: ids, names, connections,
// input counts, the ends of the model and layers cut off from the input.

export type ReportOn = (nodeId: string, issue: GraphIssue) => void;

function nameList(nodes: readonly GraphNode[]): string {
  return nodes.map((node) => node.name).join(', ');
}

/** Keeps the first node of each id; later ones are reported and left out. */
export function uniqueNodes(nodes: readonly GraphNode[], reportOn: ReportOn): GraphNode[] {
  const seen = new Map<string, GraphNode>();
  for (const node of nodes) {
    const first = seen.get(node.id);
    if (!first) {
      seen.set(node.id, node);
      continue;
    }
    reportOn(
      node.id,
      graphInvalid(
        node.id,
        {
          message: {
            en: `Layers ${first.name} and ${node.name} share the id '${node.id}'; ids must be unique, so ${node.name} is ignored`,
            es: `Las capas ${first.name} y ${node.name} comparten el id '${node.id}'; los ids deben ser únicos, así que ${node.name} se ignora`,
          },
          fix: { en: `remove ${node.name}`, es: `quita ${node.name}` },
        },
        { reason: 'duplicate-id', id: node.id, layer: node.name },
      ),
    );
  }
  return [...seen.values()];
}

export function checkNames(nodes: readonly GraphNode[], reportOn: ReportOn): void {
  const seen = new Set<string>();
  for (const node of nodes) {
    if (!isValidLayerName(node.name)) {
      reportOn(
        node.id,
        graphInvalid(
          node.id,
          {
            message: { en: `Layer name '${node.name}' is not allowed`, es: `El nombre de capa '${node.name}' no está permitido` },
            fix: {
              en: "start with a letter or digit and use only letters, digits, '-', '_' and '.'",
              es: "empieza con una letra o un dígito y usa solo letras, dígitos, '-', '_' y '.'",
            },
          },
          { reason: 'invalid-name', layer: node.name },
        ),
      );
    }
    if (seen.has(node.name)) {
      reportOn(
        node.id,
        graphInvalid(
          node.id,
          { message: { en: `Two layers are named '${node.name}'`, es: `Hay dos capas con el nombre '${node.name}'` }, fix: { en: 'rename one of them', es: 'cambia el nombre de una de ellas' } },
          { reason: 'duplicate-name', layer: node.name },
        ),
      );
    }
    seen.add(node.name);
  }
}

/** Edges whose both ends exist; the others are reported. */
export function knownEdges(edges: readonly GraphEdge[], nodeById: ReadonlyMap<string, GraphNode>, graphIssues: GraphIssue[]): GraphEdge[] {
  return edges.filter((edge) => {
    const missing = [edge.source, edge.target].filter((id) => !nodeById.has(id));
    if (missing.length === 0) return true;
    const knownEnd = nodeById.has(edge.source) ? edge.source : nodeById.has(edge.target) ? edge.target : null;
    const ids = `'${missing.join("', '")}'`;
    graphIssues.push(
      graphInvalid(
        knownEnd,
        {
          message: {
            en: `Connection '${edge.id}' points to a layer that does not exist (${ids})`,
            es: `La conexión '${edge.id}' apunta a una capa que no existe (${ids})`,
          },
          fix: { en: 'remove it', es: 'quítala' },
        },
        { reason: 'unknown-edge-node', edge: edge.id, source: edge.source, target: edge.target },
      ),
    );
    return false;
  });
}

export function checkInputSlots(node: GraphNode, inputs: readonly GraphEdge[], reportOn: ReportOn): void {
  for (let i = 1; i < inputs.length; i++) {
    if (inputs[i].targetHandle !== inputs[i - 1].targetHandle) continue;
    const slot = inputs[i].targetHandle;
    reportOn(
      node.id,
      graphInvalid(
        node.id,
        {
          message: {
            en: `${node.name} has two connections into input slot ${slot}, so their order is ambiguous`,
            es: `${node.name} tiene dos conexiones en la entrada ${slot}, así que su orden es ambiguo`,
          },
          fix: { en: 'move one to another slot', es: 'mueve una a otra entrada' },
        },
        { reason: 'duplicate-slot', layer: node.name, slot },
      ),
    );
  }
}

/** Reports a wrong number of inputs; returns whether the count is right. */
export function checkInputCount(node: GraphNode, definition: AnyLayerDefinition, count: number, reportOn: ReportOn): boolean {
  const { min, max } = definition.inputs;
  if (count >= min && count <= max) return true;
  const details = { reason: 'input-count', layer: node.name, kind: node.kind, inputs: count, min, max };
  const name = node.name;
  const text =
    max === 0
      ? {
          message: { en: `${name}: an Input layer takes no inputs but has ${count}`, es: `${name}: una capa de entrada no recibe entradas pero tiene ${count}` },
          fix: { en: 'remove the connections into it', es: 'quita las conexiones que llegan a ella' },
        }
      : count < min && min === 1
        ? {
            message: { en: `${name} needs an input but has none`, es: `${name} necesita una entrada pero no tiene ninguna` },
            fix: { en: 'connect a layer into it, or remove it', es: 'conecta una capa a ella, o quítala' },
          }
        : count < min
          ? {
              message: { en: `${name} needs at least ${min} inputs but has ${count}`, es: `${name} necesita al menos ${min} entradas pero tiene ${count}` },
              fix: { en: 'connect another layer into it', es: 'conecta otra capa a ella' },
            }
          : max === 1
            ? {
                message: { en: `${name} takes one input but has ${count}`, es: `${name} recibe una sola entrada pero tiene ${count}` },
                fix: {
                  en: 'remove the extra connections, or merge the branches first with Concatenate or Add',
                  es: 'quita las conexiones de más, o une antes las ramas con Concatenate o Add',
                },
              }
            : {
                message: { en: `${name} takes at most ${max} inputs but has ${count}`, es: `${name} recibe como máximo ${max} entradas pero tiene ${count}` },
                fix: { en: 'remove the extra connections', es: 'quita las conexiones de más' },
              };
  reportOn(node.id, graphInvalid(node.id, text, details));
  return false;
}

export function checkEnds(inputNodes: readonly GraphNode[], outputNodes: readonly GraphNode[], graphIssues: GraphIssue[]): void {
  if (inputNodes.length === 0) {
    graphIssues.push(
      graphInvalid(
        null,
        { message: { en: 'The model has no Input layer', es: 'El modelo no tiene capa de entrada (Input)' }, fix: { en: 'add one at the top', es: 'agrega una al principio' } },
        { reason: 'no-input' },
      ),
    );
  } else if (inputNodes.length > 1) {
    const names = nameList(inputNodes);
    graphIssues.push(
      graphInvalid(
        inputNodes[1].id,
        {
          message: {
            en: `The model has ${inputNodes.length} Input layers (${names}) but needs exactly one`,
            es: `El modelo tiene ${inputNodes.length} capas de entrada (${names}) pero necesita exactamente una`,
          },
          fix: { en: 'remove the extra ones', es: 'quita las que sobran' },
        },
        { reason: 'many-inputs', count: inputNodes.length, layers: names },
      ),
    );
  }
  if (outputNodes.length === 1 && outputNodes[0].kind === 'input') {
    graphIssues.push(
      graphInvalid(
        outputNodes[0].id,
        { message: { en: 'The model has only its Input layer', es: 'El modelo solo tiene su capa de entrada' }, fix: { en: 'add layers after it', es: 'agrega capas después de ella' } },
        { reason: 'input-only' },
      ),
    );
  } else if (outputNodes.length === 0) {
    graphIssues.push(
      graphInvalid(
        null,
        {
          message: { en: 'The model has no last layer (every layer feeds another)', es: 'El modelo no tiene última capa (cada capa alimenta a otra)' },
          fix: { en: 'one layer must end the model', es: 'una capa debe terminar el modelo' },
        },
        { reason: 'no-output' },
      ),
    );
  } else if (outputNodes.length > 1) {
    const names = nameList(outputNodes);
    graphIssues.push(
      graphInvalid(
        null,
        {
          message: {
            en: `The model has ${outputNodes.length} last layers with nothing after them (${names}) but needs exactly one output`,
            es: `El modelo tiene ${outputNodes.length} últimas capas sin nada después (${names}) pero necesita exactamente una salida`,
          },
          fix: { en: 'connect or remove the extra ones', es: 'conecta o quita las que sobran' },
        },
        { reason: 'many-outputs', count: outputNodes.length, layers: names },
      ),
    );
  }
}

/** Nodes no path from an Input layer reaches. Nodes with no inputs at all already got an input-count issue. */
export function checkReachable(
  nodes: readonly GraphNode[],
  inputNodes: readonly GraphNode[],
  edges: readonly GraphEdge[],
  definitions: ReadonlyMap<string, AnyLayerDefinition>,
  incoming: ReadonlyMap<string, GraphEdge[]>,
  reportOn: ReportOn,
): void {
  const successors = new Map<string, string[]>();
  for (const edge of edges) successors.set(edge.source, [...(successors.get(edge.source) ?? []), edge.target]);
  const reached = new Set(inputNodes.map((node) => node.id));
  const queue = [...reached];
  while (queue.length) {
    for (const next of successors.get(queue.pop()!) ?? []) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  for (const node of nodes) {
    if (reached.has(node.id)) continue;
    if (incoming.get(node.id)!.length === 0 && definitions.has(node.id)) continue;
    reportOn(
      node.id,
      graphInvalid(
        node.id,
        {
          message: { en: `${node.name} is not connected to the Input layer`, es: `${node.name} no está conectada a la capa de entrada` },
          fix: { en: 'connect it or remove it', es: 'conéctala o quítala' },
        },
        { reason: 'disconnected', layer: node.name },
      ),
    );
  }
}
