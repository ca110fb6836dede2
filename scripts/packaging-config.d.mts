// Types for packaging-config.mjs: electron-builder's Configuration, as plain data.
export declare const ASAR_UNPACK: string[];
export declare function macSigning(env: Record<string, string | undefined>): Record<string, unknown>;
export declare function windowsSigning(env: Record<string, string | undefined>): Record<string, unknown>;
export declare function buildPackagingConfig(env?: Record<string, string | undefined>): Record<string, unknown> & {
  afterPack: (context: unknown) => Promise<void>;
  files: string[];
  asarUnpack: string[];
  publish: { provider: string; url: string }[] | null;
  linux: Record<string, unknown> & { target: string[]; icon: string };
  win: Record<string, unknown> & { target: { target: string; arch: string[] }[]; icon: string };
  mac: Record<string, unknown> & { target: { target: string; arch: string[] }[]; icon: string; identity?: null; notarize: boolean };
};
