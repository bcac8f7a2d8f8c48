/**
 * Import this module (for its side effect) in every Client Component that uses zod:
 *
 *   import '@/lib/security/zod-csp';
 *
 * zod 4 compiles object parsers with `new Function` when it may. To find out, it tries
 * `new Function('')` once; our pages forbid eval (CSP without 'unsafe-eval'), so the browser
 * blocks that try, logs a CSP violation and reports a console error (which Lighthouse counts),
 * even though zod catches it and falls back to its interpreter. `jitless` skips the try.
 * The server (no CSP) keeps the faster compiled parsers: this module is only for the client.
 */
import { z } from 'zod';

z.config({ jitless: true });
