// Ordering of a layer graph: a stable topological sort (ties keep the graph's node order, so the
// summary reads like the canvas) and the cycles that prevent one.

export interface DirectedEdge {
  source: string;
  target: string;
}

export interface TopologicalOrder {
  /** Every node that is not in or after a cycle, sources before targets. */
  order: string[];
  /** Nodes in a cycle or fed by one, in graph order. */
  blocked: string[];
  /** Each cycle's nodes (a strongly connected component), in graph order. */
  cycles: string[][];
}

/** `edges` must only name ids in `nodeIds`. */
export function sortTopologically(nodeIds: readonly string[], edges: readonly DirectedEdge[]): TopologicalOrder {
  const rank = new Map(nodeIds.map((id, index) => [id, index]));
  const successors = new Map<string, string[]>(nodeIds.map((id) => [id, []]));
  const pending = new Map<string, number>(nodeIds.map((id) => [id, 0]));
  for (const edge of edges) {
    successors.get(edge.source)!.push(edge.target);
    pending.set(edge.target, pending.get(edge.target)! + 1);
  }

  // Ready nodes are kept sorted by graph position (descending, so pop() takes the earliest).
  const ready = nodeIds.filter((id) => pending.get(id) === 0).reverse();
  const order: string[] = [];
  while (ready.length) {
    const id = ready.pop()!;
    order.push(id);
    for (const next of successors.get(id)!) {
      const left = pending.get(next)! - 1;
      pending.set(next, left);
      if (left === 0) insertByRank(ready, next, rank);
    }
  }

  const sorted = new Set(order);
  const blocked = nodeIds.filter((id) => !sorted.has(id));
  return { order, blocked, cycles: findCycles(blocked, successors, rank) };
}

function insertByRank(readyDescending: string[], id: string, rank: Map<string, number>): void {
  const r = rank.get(id)!;
  let low = 0;
  let high = readyDescending.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (rank.get(readyDescending[mid])! > r) low = mid + 1;
    else high = mid;
  }
  readyDescending.splice(low, 0, id);
}

/** Tarjan's strongly connected components over the blocked nodes; only real cycles are kept. */
function findCycles(blocked: string[], successors: Map<string, string[]>, rank: Map<string, number>): string[][] {
  const inScope = new Set(blocked);
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;

  const visit = (id: string): void => {
    index.set(id, counter);
    lowLink.set(id, counter);
    counter++;
    stack.push(id);
    onStack.add(id);
    for (const next of successors.get(id)!) {
      if (!inScope.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        lowLink.set(id, Math.min(lowLink.get(id)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(id, Math.min(lowLink.get(id)!, index.get(next)!));
      }
    }
    if (lowLink.get(id) !== index.get(id)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    const selfLoop = successors.get(id)!.includes(id);
    if (component.length > 1 || selfLoop) cycles.push(component.sort((a, b) => rank.get(a)! - rank.get(b)!));
  };

  for (const id of blocked) if (!index.has(id)) visit(id);
  return cycles.sort((a, b) => rank.get(a[0])! - rank.get(b[0])!);
}
