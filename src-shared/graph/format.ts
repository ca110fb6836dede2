import { z } from 'zod';

// The saved model graph: plain, versioned data (STYLE.md point 4). Runtime objects (tf.LayersModel)
// are built from it by the engine; nothing else knows a foreign format.

export const GRAPH_VERSION = 1;

export const GraphNodeSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.string().min(1).max(64),
  /** Layer name shown to the user and given to tfjs; unique within a graph. */
  name: z.string().min(1).max(64),
  params: z.record(z.string(), z.unknown()),
  position: z.object({ x: z.number(), y: z.number() }),
});

export const GraphEdgeSchema = z.object({
  id: z.string().min(1).max(140),
  source: z.string().min(1),
  target: z.string().min(1),
  /** Input slot on the target (merge layers take several inputs, in slot order). */
  targetHandle: z.number().int().min(0).max(63).default(0),
});

export const GraphSchema = z.object({
  version: z.literal(GRAPH_VERSION),
  nodes: z.array(GraphNodeSchema).max(2000),
  edges: z.array(GraphEdgeSchema).max(4000),
});

export type GraphNode = z.infer<typeof GraphNodeSchema>;
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;
export type Graph = z.infer<typeof GraphSchema>;
