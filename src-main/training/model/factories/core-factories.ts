import type { LayerFactories } from '../layer-factories';
import { allInputs, initializer, kernelArgs, regularizer, singleInput } from './factory-args';

type CoreKinds = 'input' | 'dense' | 'embedding' | 'flatten' | 'reshape' | 'permute' | 'repeatVector' | 'add' | 'concatenate' | 'multiply' | 'average';

export const CORE_FACTORIES: Pick<LayerFactories, CoreKinds> = {
  input: (tf, params, { name }) => {
    const input = tf.input({ shape: [...params.shape], name });
    return () => input;
  },
  dense: (tf, params, { name, seed }) => singleInput(tf.layers.dense({ name, units: params.units, activation: params.activation, ...kernelArgs(tf, params, seed) })),
  embedding: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.embedding({
        name,
        inputDim: params.inputDim,
        outputDim: params.outputDim,
        embeddingsInitializer: initializer(tf, params.embeddingsInitializer, seed),
        embeddingsRegularizer: regularizer(tf, params.embeddingsL1, params.embeddingsL2),
      }),
    ),
  flatten: (tf, _params, { name }) => singleInput(tf.layers.flatten({ name })),
  // tfjs leaves a -1 unknown in its symbolic shapes (and then Flatten cannot follow), so the target
  // goes in with the size inference worked out.
  reshape: (tf, _params, { name, outputShape }) => singleInput(tf.layers.reshape({ name, targetShape: [...outputShape] })),
  permute: (tf, params, { name }) => singleInput(tf.layers.permute({ name, dims: [...params.dims] })),
  repeatVector: (tf, params, { name }) => singleInput(tf.layers.repeatVector({ name, n: params.n })),
  add: (tf, _params, { name }) => allInputs(tf.layers.add({ name })),
  concatenate: (tf, _params, { name }) => allInputs(tf.layers.concatenate({ name, axis: -1 })),
  multiply: (tf, _params, { name }) => allInputs(tf.layers.multiply({ name })),
  average: (tf, _params, { name }) => allInputs(tf.layers.average({ name })),
};
