import type { LayerFactories } from '../layer-factories';
import { initializer, kernelArgs, pair, sides, singleInput } from './factory-args';

type ConvolutionKinds = 'conv1d' | 'conv2d' | 'separableConv2d' | 'depthwiseConv2d' | 'conv2dTranspose' | 'upSampling2d' | 'zeroPadding2d' | 'cropping2d';

export const CONVOLUTION_FACTORIES: Pick<LayerFactories, ConvolutionKinds> = {
  conv1d: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.conv1d({
        name,
        filters: params.filters,
        kernelSize: params.kernelSize,
        strides: params.strides,
        padding: params.padding,
        dilationRate: params.dilationRate,
        activation: params.activation,
        ...kernelArgs(tf, params, seed),
      }),
    ),
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
  separableConv2d: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.separableConv2d({
        name,
        filters: params.filters,
        kernelSize: pair(params.kernelSize),
        strides: pair(params.strides),
        padding: params.padding,
        dilationRate: pair(params.dilationRate),
        depthMultiplier: params.depthMultiplier,
        activation: params.activation,
        useBias: params.useBias,
        depthwiseInitializer: initializer(tf, params.depthwiseInitializer, seed),
        pointwiseInitializer: initializer(tf, params.pointwiseInitializer, seed + 1),
        biasInitializer: initializer(tf, params.biasInitializer, seed + 2),
      }),
    ),
  depthwiseConv2d: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.depthwiseConv2d({
        name,
        kernelSize: pair(params.kernelSize),
        strides: pair(params.strides),
        padding: params.padding,
        dilationRate: pair(params.dilationRate),
        depthMultiplier: params.depthMultiplier,
        activation: params.activation,
        useBias: params.useBias,
        depthwiseInitializer: initializer(tf, params.depthwiseInitializer, seed),
        biasInitializer: initializer(tf, params.biasInitializer, seed + 1),
      }),
    ),
  conv2dTranspose: (tf, params, { name, seed }) =>
    singleInput(
      tf.layers.conv2dTranspose({
        name,
        filters: params.filters,
        kernelSize: pair(params.kernelSize),
        strides: pair(params.strides),
        padding: params.padding,
        activation: params.activation,
        ...kernelArgs(tf, params, seed),
      }),
    ),
  upSampling2d: (tf, params, { name }) => singleInput(tf.layers.upSampling2d({ name, size: pair(params.size), interpolation: params.interpolation })),
  zeroPadding2d: (tf, params, { name }) => singleInput(tf.layers.zeroPadding2d({ name, padding: sides(params.padding) })),
  cropping2d: (tf, params, { name }) => singleInput(tf.layers.cropping2D({ name, cropping: sides(params.cropping) })),
};
