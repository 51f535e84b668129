import type { Correction } from '@/lib/schema';
import { MENTION_KINDS } from '@/lib/schema/mention-kind';
import { quantityLabel } from '../number-draft';

/** What a correction teaches the extractor about its words, as a phrase: "is the place Lowtown". */
export function describeCorrection(correction: Correction): string {
  switch (correction.action) {
    case 'add-place-alias':
      return `is the place ${correction.place.name}`;
    case 'add-actor-alias':
      return `is the actor ${correction.actor.canonical}`;
    case 'add-number-alias':
      return `is ${quantityLabel(correction.number)}`;
    case 'remove-alias':
      return `is not an alias of that ${correction.entityKind}`;
    case 'set-geocode':
      return `is located at ${correction.place.name}`;
    case 'not-entity':
      return `is not ${MENTION_KINDS[correction.entityKind].one}`;
  }
}
