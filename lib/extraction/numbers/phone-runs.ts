import type { Pass } from '../pipeline';
import { digitGroupAt, normAt, type DigitGroup, type Scope } from './reading';
import { type NumberWork } from './work';

/** Punctuation between the digit groups of a phone number ("(202) 555 0123", "020.7946"). */
const PHONE_JOINERS = new Set(['-', '.', '(', ')']);
const PHONE_LEAD = '+';
/** At most this many joiners between two groups. */
const MAX_JOINERS = 2;
/** Without a "+", a phone number has this many groups and digits at least. */
const MIN_GROUPS = 3;
const MIN_DIGITS = 7;

/**
 * Marks the digit groups of phone numbers, which are no quantities: three or more groups (seven
 * or more digits) joined only by spaces, dashes, dots or brackets, or any group right after a "+".
 */
export const phoneRuns: Pass<NumberWork> = {
  name: 'numbers/phone-runs',
  run(work) {
    for (const scope of work.scopes) markPhoneRuns(scope, work.phoneDigits);
  },
};

function markPhoneRuns(s: Scope, marked: Set<number>): void {
  for (let k = s.first; k < s.end;) {
    const group = digitGroupAt(s, k);
    if (!group) {
      k += 1;
      continue;
    }
    const run = runFrom(s, group);
    const digits = run.reduce((n, g) => n + g.text.replace(/\D/g, '').length, 0);
    const plus = normAt(s, k - 1) === PHONE_LEAD;
    if (plus || (run.length >= MIN_GROUPS && digits >= MIN_DIGITS)) for (const g of run) marked.add(g.first);
    k = (run[run.length - 1] ?? group).end;
  }
}

/** The digit groups joined to `group` and to each other as a phone number's are. */
function runFrom(s: Scope, group: DigitGroup): DigitGroup[] {
  const run = [group];
  let last = group;
  let k = group.end;
  let joiners = 0;
  // Letters glued after the digits ("0123x") end the number.
  while (k < s.end && last.suffix === null) {
    const next = digitGroupAt(s, k);
    if (next) {
      run.push(next);
      last = next;
      k = next.end;
      joiners = 0;
    } else if (PHONE_JOINERS.has(normAt(s, k)) && joiners < MAX_JOINERS) {
      joiners += 1;
      k += 1;
    } else break;
  }
  return run;
}
