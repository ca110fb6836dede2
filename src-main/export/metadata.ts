import type { RunSummary } from '../../src-shared/contract';
import type { Preprocessing } from '../../src-shared/data/preprocessing';

export const METADATA_FORMAT = 'neurona-studio/model-metadata';
export const METADATA_VERSION = 1;

function describeInput(p: Preprocessing): string {
  if (p.input.kind === 'image') {
    const { height, width, channels, scale } = p.input;
    const colour = channels === 1 ? 'grayscale' : 'RGB';
    return (
      `One ${colour} image resized to ${width}x${height} pixels (ignoring aspect ratio), pixel values divided by ${scale}, ` +
      `as a float32 tensor of shape [batch, ${height}, ${width}, ${channels}] (height, width, channels).`
    );
  }
  const parts = p.input.features.map((f) =>
    f.type === 'numeric'
      ? `${f.name}: (value - ${f.mean}) / ${f.std}, a missing value counts as ${f.mean}`
      : `${f.name}: one-hot over [${f.categories.join(', ')}] (${f.categories.length} values; an unknown value is all zeros)`,
  );
  return `One table row encoded, in this order, into a float32 tensor of shape [batch, ${p.input.size}]: ${parts.join('; ')}.`;
}

function describeOutput(p: Preprocessing): string {
  if (p.target.task === 'regression') {
    return `One value per row, scaled: ${p.target.name} = output * ${p.target.std} + ${p.target.mean}.`;
  }
  const k = p.target.classes.length;
  return `Class probabilities (softmax over ${k} classes, or one sigmoid probability of class "${p.target.classes[1] ?? ''}" when the output has 1 unit), in the order of "classes"; the predicted class is the arg max.`;
}

/** metadata.json: everything needed to use the exported model without the studio. */
export function buildMetadata(args: {
  run: RunSummary;
  preprocessing: Preprocessing;
  checkpointEpoch: number;
  appVersion: string;
  topology: Record<string, unknown>;
}) {
  const { run, preprocessing: p } = args;
  return {
    format: METADATA_FORMAT,
    formatVersion: METADATA_VERSION,
    createdBy: `Neurona Studio ${args.appVersion}`,
    createdAt: new Date().toISOString(),
    model: {
      name: run.modelName,
      version: run.modelVersion,
      tfjsFormat: 'layers-model',
      files: { topology: 'model.json', weights: ['weights.bin'] },
    },
    task: run.task,
    classes: p.target.task === 'classification' ? p.target.classes : [],
    input: { description: describeInput(p), ...p.input },
    output: { description: describeOutput(p), ...p.target },
    preprocessing: p,
    training: {
      runId: run.id,
      dataset: run.datasetName,
      epochs: args.checkpointEpoch,
      backend: run.backend,
      config: run.config,
      finalMetrics: run.final,
    },
  };
}
