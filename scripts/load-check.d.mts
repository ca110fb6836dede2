// Types for load-check.mjs.
export function checkBetterSqlite3(options: {
  executable: string;
  cwd: string;
  env?: Record<string, string | undefined>;
  asElectron?: boolean;
}): { ok: true } | { ok: false; message: string };
