import type { OptimizerName } from '../../../src-shared/training/config';
import type { Tf } from './backends';

/** Momentum used by the 'momentum' optimizer (SGD with classical momentum). */
export const MOMENTUM = 0.9;

export function createOptimizer(tf: Tf, name: OptimizerName, learningRate: number): import('@tensorflow/tfjs').Optimizer {
  switch (name) {
    case 'sgd':
      return tf.train.sgd(learningRate);
    case 'momentum':
      return tf.train.momentum(learningRate, MOMENTUM);
    case 'adam':
      return tf.train.adam(learningRate);
    case 'rmsprop':
      return tf.train.rmsprop(learningRate);
    case 'adagrad':
      return tf.train.adagrad(learningRate);
  }
}
