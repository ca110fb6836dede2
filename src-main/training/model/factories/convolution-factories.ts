import type { LayerFactories } from '../layer-factories';
import type * as tfTypes from '@tensorflow/tfjs';
import { initializer, kernelArgs, pair, sides, singleInput } from './factory-args';

/**
 * tfjs 4.22's SeparableConv2D starts its pointwise kernel from the depthwise initialiser and leaves
 * depth_multiplier out of its saved config (a saved model would reload with the wrong weights'
 * shapes). The layer is given its own pointwise initialiser before it builds, and its config the
 * multiplier, so checkpoints and exports describe the layer that was trained.
 */
function repairSeparableConv2d(layer: tfTypes.layers.Layer, pointwiseInitializer: unknown, depthMultiplier: number): tfTypes.layers.Layer {
  const repaired = layer as unknown as { pointwiseInitializer: unknown; getConfig: () => tfTypes.serialization.ConfigDict };
  repaired.pointwiseInitializer = pointwiseInitializer;
  const getConfig = repaired.getConfig.bind(layer);
  repaired.getConfig = () => ({ ...getConfig(), depthMultiplier });
  return layer;
}

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
  separableConv2d: (tf, params, { name, seed }) => {
    const pointwiseInitializer = initializer(tf, params.pointwiseInitializer, seed + 1);
    const layer = tf.layers.separableConv2d({
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
      pointwiseInitializer,
      biasInitializer: initializer(tf, params.biasInitializer, seed + 2),
    });
    return singleInput(repairSeparableConv2d(layer, pointwiseInitializer, params.depthMultiplier));
  },
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
