// Types for native-abi-plan.mjs (plain JavaScript so `node scripts/native-abi.mjs` runs without a build).

export type Runtime = 'node' | 'electron';
export type LoadResult = { ok: true } | { ok: false; message: string };
export type LoadFailureKind = 'not-installed' | 'abi-mismatch' | 'unloadable';

export interface BuildStep {
  label: string;
  tool: 'npm' | 'prebuild-install' | 'node-gyp';
  args: string[];
  /** 'root': the repository; 'package': node_modules/better-sqlite3. */
  cwd: 'root' | 'package';
  /** Which runtime's environment the step runs in (see buildEnv). */
  env: Runtime;
}

export type NativeAbiPlan =
  | { action: 'none' }
  | { action: 'fail'; message: string }
  | { action: 'rebuild'; reason: string; steps: BuildStep[] };

export const RUNTIMES: Runtime[];
export const ELECTRON_HEADERS_URL: string;
export function parseRuntime(arg: string | undefined): Runtime;
export function classifyLoadFailure(message: string): LoadFailureKind;
export function abiVersionsIn(message: string): { builtFor: number; required: number } | null;
export function planNativeAbi(input: {
  runtime: Runtime;
  electronBinary: string | null;
  electronVersion: string | null;
  nodeVersion: string;
  load: LoadResult;
  arch: string;
}): NativeAbiPlan;
export function buildEnv(baseEnv: Record<string, string | undefined>, target: Runtime): Record<string, string | undefined>;
export function nodeGypCandidates(input: { env: Record<string, string | undefined>; execPath: string; projectNodeGyp: string | null }): string[];
