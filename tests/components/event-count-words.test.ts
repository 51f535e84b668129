import { describe, expect, it } from 'vitest';
import { eventCountWords } from '@/components/log/event-count-words';

describe('events by status in words', () => {
  it('counts the log’s events apart from proposals and rejected proposals', () => {
    expect(eventCountWords({ confirmed: 15, proposed: 100, rejected: 23 })).toBe(
      '15 events, plus 100 proposals and 23 rejected proposals',
    );
  });

  it('leaves out the kinds there are none of, and says one in the singular', () => {
    expect(eventCountWords({ confirmed: 15, proposed: 0, rejected: 0 })).toBe('15 events');
    expect(eventCountWords({ confirmed: 1, proposed: 1, rejected: 0 })).toBe('1 event, plus 1 proposal');
    expect(eventCountWords({ confirmed: 0, proposed: 0, rejected: 1 })).toBe(
      '0 events, plus 1 rejected proposal',
    );
  });
});
