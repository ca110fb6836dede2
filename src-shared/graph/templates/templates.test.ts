import { describe, expect, it } from 'vitest';
import { StudioError } from '../../errors';
import { checkGraphAgainstDataset } from '../check-dataset';
import { GraphSchema } from '../format';
import { inferGraph } from '../infer';
import { validateGraph } from '../validate';
import { convBlockCount } from './cnn-blocks';
import { defaultTemplateFor, getTemplate, listTemplateInfos, listTemplates, type TemplateDataset } from './index';

const tables: TemplateDataset[] = [
  { name: 'Iris', kind: 'table', task: 'classification', inputShape: [4], classes: ['setosa', 'versicolor', 'virginica'] },
  { name: 'Binary', kind: 'table', task: 'classification', inputShape: [2], classes: ['no', 'yes'] },
  { name: 'Houses', kind: 'table', task: 'regression', inputShape: [13], classes: [] },
];
const images: TemplateDataset[] = [
  { name: 'MNIST', kind: 'images', task: 'classification', inputShape: [28, 28, 1], classes: '0123456789'.split('') },
  { name: 'Cats vs dogs', kind: 'images', task: 'classification', inputShape: [64, 64, 3], classes: ['cat', 'dog'] },
  { name: 'Tiny', kind: 'images', task: 'classification', inputShape: [6, 8, 1], classes: ['a', 'b', 'c'] },
  { name: 'Breeds', kind: 'images', task: 'classification', inputShape: [300, 300, 3], classes: ['beagle', 'husky'] },
];

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof StudioError) return err.code;
    throw err;
  }
  return undefined;
}

const pairs = listTemplates().flatMap((template) =>
  [...tables, ...images]
    .filter((dataset) => template.datasetKinds.includes(dataset.kind) && template.tasks.includes(dataset.task))
    .filter((dataset) => !['lenet5/Tiny', 'vgg/Tiny', 'autoencoder/Breeds'].includes(`${template.id}/${dataset.name}`))
    .map((dataset) => [template.id, dataset.name, dataset] as const),
);

describe('templates', () => {
  it('include the ones the studio offers, with texts in both languages', () => {
    expect(listTemplates().map((t) => t.id)).toEqual(['mlp', 'logistic', 'linear', 'course-mlp', 'cnn-small', 'lenet5', 'vgg', 'resnet-small', 'cnn-blocks', 'lstm', 'autoencoder']);
    for (const info of listTemplateInfos()) {
      expect(info.title.en && info.title.es && info.description.en && info.description.es).toBeTruthy();
      expect(info.title.en).not.toBe(info.id);
      expect(info.description.es).not.toBe(info.description.en);
      expect(Object.keys(info)).toEqual(['id', 'title', 'description', 'datasetKinds', 'tasks', 'objective']);
    }
  });

  it.each(pairs)('%s on %s builds a valid graph that fits the dataset', (id, _name, dataset) => {
    const template = getTemplate(id);
    const graph = template.build(dataset);
    expect(GraphSchema.parse(graph)).toEqual(graph);
    const inference = inferGraph(graph);
    expect(inference.issues).toEqual([]);
    expect(validateGraph(graph, { dataset, objective: template.objective }).issues).toEqual([]);
    if (template.objective === 'reconstruction') {
      expect(inference.byId.get(inference.outputNodeId!)!.outputShape).toEqual(dataset.inputShape);
      return;
    }
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    const ys = graph.nodes.map((n) => n.position.y);
    expect(checkGraphAgainstDataset(graph, dataset, inference)).toEqual([]);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
    const output = inference.byId.get(inference.outputNodeId!)!;
    expect(output.params).toMatchObject(
      dataset.task === 'regression' ? { units: 1, activation: 'linear' } : { units: dataset.classes.length, activation: 'softmax' },
    );
  });

  it('names layers the Keras way', () => {
    const graph = getTemplate('mlp').build(tables[0]);
    expect(graph.nodes.map((n) => n.name)).toEqual(['input_1', 'dense_1', 'dropout_1', 'dense_2', 'dense_3']);
    expect(graph.nodes.map((n) => n.kind)).toEqual(['input', 'dense', 'dropout', 'dense', 'dense']);
  });

  it('keeps the small CNN near 60k parameters on MNIST', () => {
    const graph = getTemplate('cnn-small').build(images[0]);
    const inference = inferGraph(graph);
    expect(inference.totalParams).toBe(56714);
    expect(graph.nodes.map((n) => n.kind)).toEqual(['input', 'conv2d', 'maxPooling2d', 'conv2d', 'maxPooling2d', 'flatten', 'dense', 'dropout', 'dense']);
  });

  it.each([
    [28, 28, 3],
    [64, 64, 5],
    [300, 300, 5],
    [6, 8, 1],
    [4, 4, 1],
    [3, 300, 0],
  ])('cnn-blocks fits %i×%i with %i blocks', (height, width, blocks) => {
    expect(convBlockCount(height, width)).toBe(blocks);
  });

  it('grows the filters block after block', () => {
    const graph = getTemplate('cnn-blocks').build(images[1]);
    expect(graph.nodes.filter((n) => n.kind === 'conv2d').map((n) => n.params.filters)).toEqual([16, 32, 64, 128, 256]);
    expect(graph.nodes.filter((n) => n.kind === 'batchNormalization')).toHaveLength(5);
  });

  it('has a default per dataset kind', () => {
    expect(defaultTemplateFor('table')).toBe('mlp');
    expect(defaultTemplateFor('images')).toBe('cnn-small');
  });

  it('refuses unknown ids, listing the valid ones', () => {
    expect(code(() => getTemplate('resnet'))).toBe('TEMPLATE_UNKNOWN');
    expect(() => getTemplate('resnet')).toThrow(/mlp, logistic, linear, course-mlp, cnn-small, lenet5, vgg, resnet-small, cnn-blocks, lstm, autoencoder/);
  });

  it('builds the course MLP layer for layer', () => {
    const graph = getTemplate('course-mlp').build(images[0]);
    expect(graph.nodes.map((n) => [n.kind, n.params.units ?? n.params.rate ?? null])).toEqual([
      ['input', null],
      ['flatten', null],
      ['dense', 50],
      ['dropout', 0.4],
      ['dense', 30],
      ['dropout', 0.2],
      ['dense', 10],
    ]);
    expect(inferGraph(graph).totalParams).toBe(784 * 50 + 50 + 50 * 30 + 30 + 30 * 10 + 10);
  });

  it('gives LeNet-5 its classic sizes on MNIST', () => {
    const inference = inferGraph(getTemplate('lenet5').build(images[0]));
    expect(inference.nodes.map((n) => n.outputShape)).toEqual([[28, 28, 1], [28, 28, 6], [14, 14, 6], [10, 10, 16], [5, 5, 16], [400], [120], [84], [10]]);
    expect(inference.totalParams).toBe(61706);
  });

  it('draws the small ResNet with skip connections into Add layers', () => {
    const graph = getTemplate('resnet-small').build(images[1]);
    const adds = graph.nodes.filter((n) => n.kind === 'add');
    expect(adds).toHaveLength(2);
    for (const add of adds) expect(graph.edges.filter((e) => e.target === add.id).map((e) => e.targetHandle)).toEqual([0, 1]);
  });

  it('reads a table row as a sequence for the LSTM', () => {
    const inference = inferGraph(getTemplate('lstm').build(tables[2]));
    expect(inference.nodes.map((n) => n.outputShape)).toEqual([[13], [13, 1], [32], [32], [1]]);
  });

  const refused: [string, TemplateDataset][] = [
    ['mlp', images[0]],
    ['linear', tables[0]],
    ['linear', images[0]],
    ['lenet5', images[2]],
    ['vgg', images[2]],
    ['autoencoder', images[3]],
    ['vgg', { ...images[0], inputShape: [6, 6, 1] }],
    ['resnet-small', tables[0]],
    ['logistic', images[1]],
    ['cnn-small', tables[0]],
    ['cnn-blocks', tables[2]],
    ['cnn-small', { ...images[0], inputShape: [3, 3, 1] }],
    ['cnn-blocks', { ...images[0], inputShape: [784] }],
  ];

  it.each(refused)('%s refuses %j', (id, dataset) => {
    expect(code(() => getTemplate(id).build(dataset))).toBe('TEMPLATE_NOT_APPLICABLE');
  });
});
