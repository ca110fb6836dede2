import type { Tf } from '../backends';

type TensorInfo = import('@tensorflow/tfjs').TensorInfo;
type NamedAttrMap = import('@tensorflow/tfjs').NamedAttrMap;
type KernelBackend = import('@tensorflow/tfjs').KernelBackend;

/**
 * Calls kernels already registered for one backend, below the engine (no tape, no tensors),
 * and frees every intermediate it produced except the one handed back. Used to compose
 * missing training kernels from kernels the backend has.
 */
export class KernelScope {
  private readonly live: TensorInfo[] = [];

  constructor(
    private readonly tf: Tf,
    private readonly backend: KernelBackend,
    private readonly backendName: string,
  ) {}

  run(kernelName: string, inputs: TensorInfo | TensorInfo[] | Record<string, TensorInfo>, attrs: NamedAttrMap = {}): TensorInfo {
    const kernel = this.tf.getKernel(kernelName, this.backendName);
    if (!kernel) throw new Error(`Kernel '${kernelName}' not registered for backend '${this.backendName}'`);
    const namedInputs = (isTensorInfo(inputs) ? { x: inputs } : inputs) as unknown as Record<string, TensorInfo>;
    const out = kernel.kernelFunc({ inputs: namedInputs, backend: this.backend, attrs });
    if (Array.isArray(out)) throw new Error(`Kernel '${kernelName}' returned several outputs where one was expected`);
    this.live.push(out);
    return out;
  }

  reshape(x: TensorInfo, shape: number[]): TensorInfo {
    return this.run('Reshape', { x }, { shape });
  }

  /** Frees an intermediate early (keeps peak memory low inside loops). */
  dispose(info: TensorInfo): void {
    const at = this.live.indexOf(info);
    if (at < 0) return;
    this.live.splice(at, 1);
    this.backend.disposeData(info.dataId);
  }

  /** Frees everything produced so far except `result`, which is returned to the engine. */
  finish(result: TensorInfo): TensorInfo {
    for (const info of this.live) {
      if (info !== result) this.backend.disposeData(info.dataId);
    }
    this.live.length = 0;
    return result;
  }

  /** Frees everything (on error). */
  abandon(): void {
    for (const info of this.live) this.backend.disposeData(info.dataId);
    this.live.length = 0;
  }
}

function isTensorInfo(value: unknown): value is TensorInfo {
  return typeof value === 'object' && value !== null && 'dataId' in value && 'shape' in value;
}
