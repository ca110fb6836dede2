// Types for electron-builder.config.js (the configuration npm run dist hands electron-builder).
declare const config: Record<string, unknown>;
export default config;
