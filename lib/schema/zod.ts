import { z } from 'zod';

// Extension pages and content scripts forbid eval: tell zod not to probe for it (a probe a strict
// page CSP reports as a violation) and to validate without generated code. Every schema module
// imports `z` from here, so the setting holds whichever of them a bundle pulls in.
z.config({ jitless: true });

export { z };
