import { describe, expect, it } from 'vitest';
import { isQuotaError, storageFailureAdvice } from '@/lib/error-message';

const named = (name: string, extra: object = {}) => Object.assign(new Error(name), { name }, extra);

describe('storage failure advice', () => {
  it('advises freeing disk space for a quota error, even wrapped by Dexie', () => {
    const wrapped = named('AbortError', { inner: new DOMException('full', 'QuotaExceededError') });
    expect(isQuotaError(wrapped)).toBe(true);
    expect(storageFailureAdvice(wrapped)).toMatch(/free some disk space/);
  });

  it('does not mention disk space for any other failure', () => {
    for (const error of [named('DatabaseClosedError'), named('ConstraintError'), new Error('boom'), 'odd']) {
      expect(isQuotaError(error)).toBe(false);
      expect(storageFailureAdvice(error)).not.toMatch(/disk/);
    }
    expect(storageFailureAdvice(named('DatabaseClosedError'))).toMatch(/open the event log/);
  });
});
