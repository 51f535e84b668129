import type { Actor, Correction, MentionKind, Place, Quantity } from '../../schema';
import { PhraseIndex } from '../matcher/phrase-index';
import { phraseKey } from '../text/tokenize';

export type UserEntry =
  { kind: 'place'; place: Place } | { kind: 'actor'; actor: Actor } | { kind: 'number'; number: Quantity };

/** The user's corrections, indexed for the extractor: applied on every page after the automatic pass. */
export interface UserDictionary {
  /**
   * Aliases the user added (places, actors, numbers): matched in the text and winning over the
   * automatic mentions they overlap (see applyCorrections).
   */
  aliases: PhraseIndex<UserEntry>;
  /** Folded surfaces the user said are not an entity (of a kind, or of any kind under '*'). */
  rejected: Map<string, Set<MentionKind | '*'>>;
  /** Folded place names with the geocode the user chose for them. */
  geocodes: Map<string, Place>;
  isEmpty: boolean;
}

/** Later corrections of the same surface override earlier ones. */
export function buildUserDictionary(corrections: readonly Correction[]): UserDictionary {
  const aliases = new PhraseIndex<UserEntry>();
  const rejected = new Map<string, Set<MentionKind | '*'>>();
  const geocodes = new Map<string, Place>();
  const reject = (key: string, kind: MentionKind | '*') => {
    const kinds = rejected.get(key) ?? new Set();
    kinds.add(kind);
    rejected.set(key, kinds);
  };
  const sorted = [...corrections].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const latestAlias = new Map<string, UserEntry | null>();
  for (const correction of sorted) {
    const key = phraseKey(correction.surface);
    if (!key) continue;
    switch (correction.action) {
      case 'add-place-alias':
        latestAlias.set(key, { kind: 'place', place: correction.place });
        rejected.get(key)?.delete('place');
        break;
      case 'add-actor-alias':
        latestAlias.set(key, { kind: 'actor', actor: correction.actor });
        rejected.get(key)?.delete('actor');
        break;
      case 'add-number-alias':
        latestAlias.set(key, { kind: 'number', number: correction.number });
        rejected.get(key)?.delete('number');
        break;
      case 'remove-alias':
        if (latestAlias.get(key)?.kind === correction.entityKind) latestAlias.set(key, null);
        reject(key, correction.entityKind);
        break;
      case 'set-geocode':
        geocodes.set(key, correction.place);
        break;
      case 'not-entity':
        latestAlias.set(key, null);
        reject(key, correction.entityKind);
        break;
    }
  }
  for (const [key, entry] of latestAlias) if (entry) aliases.addFolded(key.split(' '), entry);
  return { aliases, rejected, geocodes, isEmpty: corrections.length === 0 };
}
