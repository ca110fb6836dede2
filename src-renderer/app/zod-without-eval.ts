import { z } from 'zod';

// The page's CSP forbids eval. Zod otherwise probes for it with new Function() on its first
// parse (shared modules parse at import time, e.g. DEFAULT_TRAIN_CONFIG), which the browser
// reports as a CSP violation. main.tsx imports this module first so it runs before them.
z.config({ jitless: true });
