import { z } from 'zod';

// Extension pages and content scripts forbid eval: tell zod not to probe for it (a probe a strict
// page CSP reports as a violation) and to validate without generated code.
z.config({ jitless: true });

export * from './acled';
export * from './article';
export * from './capture-result';
export * from './correction';
export * from './event';
export * from './export-file';
export * from './mention';
export * from './selector';
export * from './settings';
export * from './tab-status';
export * from './extraction-result';
