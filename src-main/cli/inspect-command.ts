import { existsSync, readFileSync, statSync } from 'node:fs';
import { StudioError } from '../../src-shared/errors';
import { inferGraph } from '../../src-shared/graph/infer';
import { importTopology, type IgnoredSetting } from '../../src-shared/graph/keras/topology-import';
import { modelTotals } from '../../src-shared/graph/model-totals';
import { formatShape } from '../../src-shared/graph/shape';
import { CliUsageError } from './cli-error';

// `neurona model inspect FILE [--json]`: the layers of a tfjs model.json or a Keras model JSON with
// their output shapes and parameter counts, worked out by the same code as the canvas.

export interface InspectedLayer {
  name: string;
  /** The registry id ('conv2d'). */
  kind: string;
  /** Without the batch dimension. */
  outputShape: number[];
  params: number;
}

export interface InspectResult {
  layers: InspectedLayer[];
  totalParams: number;
  trainableParams: number;
  nonTrainableParams: number;
}

export interface Inspection {
  result: InspectResult;
  /** Settings the studio cannot represent (a GRU's reset_after=True…): they change nothing above but are worth knowing. */
  ignored: IgnoredSetting[];
}

function readJson(file: string): unknown {
  if (!existsSync(file)) throw new CliUsageError(`no such file: ${file}`);
  if (statSync(file).isDirectory()) throw new CliUsageError(`${file} is a folder; give the model.json or Keras JSON file inside it`);
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new StudioError('MODEL_FILE_INVALID', `${file} is not JSON: ${(err as Error).message}`, { file, reason: 'json' });
  }
}

/** Throws MODEL_LAYERS_UNSUPPORTED naming the layers the registry lacks, or the model's first shape problem. */
export function inspectModelFile(file: string): Inspection {
  let imported;
  try {
    imported = importTopology(readJson(file));
  } catch (err) {
    if (err instanceof StudioError && err.code === 'MODEL_FILE_INVALID' && !err.message.startsWith(file)) {
      throw new StudioError(err.code, `${file}: ${err.message}`, { ...err.details, file });
    }
    throw err;
  }
  if (imported.unsupported.length > 0) {
    const layers = imported.unsupported.map((layer) => `${layer.name} (${layer.className}: ${layer.reason})`);
    throw new StudioError('MODEL_LAYERS_UNSUPPORTED', `${file} has layers the studio does not support: ${layers.join('; ')}`, {
      file,
      layers: imported.unsupported.map((layer) => layer.name).join(', '),
    });
  }
  const inference = inferGraph(imported.graph);
  const problem = inference.issues.find((issue) => issue.severity === 'error');
  if (problem) throw new StudioError('GRAPH_INVALID', `${file}: ${problem.message}`, { file, ...problem.details });
  const byName = new Map(inference.nodes.map((node) => [node.name, node]));
  const totals = modelTotals(inference);
  return {
    result: {
      layers: imported.layerOrder.map((name) => {
        const node = byName.get(name)!;
        return { name, kind: node.kind, outputShape: node.outputShape!, params: node.paramCount };
      }),
      totalParams: totals.totalParams,
      trainableParams: totals.trainableParams,
      nonTrainableParams: totals.nonTrainableParams,
    },
    ignored: imported.ignored,
  };
}

function group(value: number): string {
  return value.toLocaleString('en-US');
}

/** A Keras-summary-like table. */
export function formatInspection({ result }: Inspection): string {
  const rows = result.layers.map((layer) => [`${layer.name} (${layer.kind})`, formatShape(layer.outputShape), group(layer.params)]);
  const header = ['Layer (kind)', 'Output shape', 'Params'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ');
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 4));
  return [
    line(header),
    rule,
    ...rows.map(line),
    rule,
    `Total params: ${group(result.totalParams)}`,
    `Trainable params: ${group(result.trainableParams)}`,
    `Non-trainable params: ${group(result.nonTrainableParams)}`,
    '',
  ].join('\n');
}
