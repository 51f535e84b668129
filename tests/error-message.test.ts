import { describe, expect, it } from 'vitest';
import { errorMessage, isQuotaError, storageFailureAdvice } from '@/lib/error-message';
import { EventSchema, TabStatusSchema } from '@/lib/schema';

/** The error zod throws for `value`. */
function zodErrorOf(parse: () => unknown): unknown {
  try {
    parse();
  } catch (error) {
    return error;
  }
  throw new Error('expected the parse to throw');
}

describe('errorMessage', () => {
  it('passes an ordinary error’s message on', () => {
    expect(errorMessage(new Error('database closed'))).toBe('database closed');
    expect(errorMessage(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(
      'The quota has been exceeded.',
    );
    expect(errorMessage('plain text')).toBe('plain text');
  });

  it('says in words which detail a schema refused, never its JSON', () => {
    const error = zodErrorOf(() => EventSchema.parse({ fatalities: 1e20 }));
    const message = errorMessage(error);
    expect(message).toMatch(/^some details were not valid \(\w+/);
    expect(message).toMatch(/more\)$/);
    expect(message).not.toMatch(/[[\]{}"]/);
  });

  it('says an empty answer is one, as when a tab closes while it is being read', () => {
    const message = errorMessage(zodErrorOf(() => TabStatusSchema.parse(undefined)));
    expect(message).toBe('an answer came back empty or unreadable (was the tab closed?)');
  });

  it.each([
    'No tab with id: 41.',
    'Could not establish connection. Receiving end does not exist.',
    'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
    'Frame with ID 0 was removed.',
  ])('says a tab has gone for the browser’s “%s”', (browserSays) => {
    expect(errorMessage(new Error(browserSays))).toBe(
      'the tab was closed or left the page before it answered',
    );
  });
});

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
