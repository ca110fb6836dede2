import { StudioError } from '../../../src-shared/errors';

// tfjs reports a kernel a backend lacks as a plain Error; users get a code and a way out instead.

const MISSING_KERNEL = /Kernel '([^']+)' not registered for backend '([^']+)'/;

/** The missing kernel named by a tfjs error, or null. */
export function missingKernelOf(err: unknown): string | null {
  const message = err instanceof Error ? err.message : typeof err === 'string' ? err : '';
  return MISSING_KERNEL.exec(message)?.[1] ?? null;
}

/** Turns tfjs' missing-kernel error into KERNEL_UNSUPPORTED for `backendId`; other errors pass through. */
export function explainKernelError(err: unknown, backendId: string, action: 'train' | 'run' = 'train'): unknown {
  const kernel = missingKernelOf(err);
  if (kernel === null) return err;
  const alternative = backendId === 'cpu' ? 'Change the model' : 'Choose the cpu backend in the run settings, or change the model';
  return new StudioError('KERNEL_UNSUPPORTED', `The ${backendId} backend cannot ${action} this model: kernel ${kernel} is missing. ${alternative}.`, {
    backend: backendId,
    kernel,
  });
}
