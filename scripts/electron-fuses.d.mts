// Types for electron-fuses.mjs.
import type { FuseConfig, FuseState, FuseV1Options } from '@electron/fuses';

export declare const NEURONA_FUSES: Partial<Record<FuseV1Options, boolean>>;
export declare function fuseConfig(target: { platform: string; arch: string }): FuseConfig;
export declare function flipAndVerifyFuses(binaryPath: string, config: FuseConfig): Promise<FuseConfig<FuseState>>;

/** The parts of electron-builder's AfterPackContext the hook reads. */
export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export declare function packedBinaryPath(context: PackContext): string;
export declare function afterPack(context: PackContext): Promise<void>;
