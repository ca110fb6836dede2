import { TemplateGraph } from './layer-chain';
import { outputLayerFor } from './output-layer';
import { defineTemplate, notApplicable } from './template-definition';

const FILTERS = 16;
const BLOCKS = 2;

// A small ResNet: a stem convolution, then residual blocks whose input is added back to their
// output (the skip connection), then global average pooling and the output layer.
export const resnetSmallTemplate = defineTemplate({
  id: 'resnet-small',
  datasetKinds: ['images'],
  graph: (dataset) => {
    if (dataset.inputShape.length !== 3) throw notApplicable('resnet-small', dataset, 'it needs images shaped [height, width, channels]');
    const conv = { kind: 'conv2d', params: { filters: FILTERS, kernelSize: [3, 3], padding: 'same', useBias: false, kernelInitializer: 'heNormal' } };
    const norm = { kind: 'batchNormalization', params: {} };
    const relu = { kind: 'relu', params: {} };
    const graph = new TemplateGraph();
    graph.add({ kind: 'input', params: { shape: [...dataset.inputShape] } });
    let skip = graph.addChain([conv, norm, relu]);
    for (let block = 0; block < BLOCKS; block++) {
      graph.addChain([conv, norm, relu, conv]);
      const residual = graph.add(norm);
      graph.add({ kind: 'add', params: {} }, [skip, residual]);
      skip = graph.add(relu);
    }
    graph.addChain([{ kind: 'globalAveragePooling2d', params: {} }, outputLayerFor(dataset)]);
    return graph.graph();
  },
});
