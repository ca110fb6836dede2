import type { LayerFactories } from '../layer-factories';
import { kernelArgs, pair, singleInput } from './factory-args';

type ConvolutionKinds = 'conv2d' | 'maxPooling2d' | 'averagePooling2d' | 'globalAveragePooling2d';

export const CONVOLUTION_FACTORIES: Pick<LayerFactories, ConvolutionKinds> = {
  conv2d: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.conv2d({
        name,
        filters: params.filters,
        kernelSize: pair(params.kernelSize),
        strides: pair(params.strides),
        padding: params.padding,
        dilationRate: pair(params.dilationRate),
        activation: params.activation,
        ...kernelArgs(tf, params, seed),
      }),
    ),
  maxPooling2d: (tf, params, { name }) =>
    singleInput(tf.layers.maxPooling2d({ name, poolSize: pair(params.poolSize), strides: pair(params.strides), padding: params.padding })),
  averagePooling2d: (tf, params, { name }) =>
    singleInput(tf.layers.averagePooling2d({ name, poolSize: pair(params.poolSize), strides: pair(params.strides), padding: params.padding })),
  globalAveragePooling2d: (tf, _params, { name }) => singleInput(tf.layers.globalAveragePooling2d({ name })),
};
