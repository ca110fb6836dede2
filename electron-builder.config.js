// `npm run dist` packages the studio with electron-builder using this file; the configuration
// itself (and its tests) lives in scripts/packaging-config.mjs.
import { buildPackagingConfig } from './scripts/packaging-config.mjs';

export default buildPackagingConfig(process.env);
