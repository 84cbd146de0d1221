import { z } from 'zod';

/**
 * The pages' CSP forbids eval, so zod's faster compiled parsers are off: without this, zod probes
 * `new Function` once per page and the browser reports a CSP violation every time.
 */
z.config({ jitless: true });
