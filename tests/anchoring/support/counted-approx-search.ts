import { vi } from 'vitest';

/**
 * approx-string-match, counted: a test file mocks the module with this one
 * (`vi.mock('approx-string-match', () => import('./support/counted-approx-search'))`) and reads
 * `approximateScans`, the length of the text each approximate search scanned. Work is counted,
 * not timed.
 */
export const approximateScans: number[] = [];

const real = (await vi.importActual<typeof import('approx-string-match')>('approx-string-match')).default;

export default function countedSearch(text: string, pattern: string, maxErrors: number) {
  approximateScans.push(text.length);
  return real(text, pattern, maxErrors);
}
