import type { Mention } from '../../schema';
import type { Doc } from '../doc/doc';
import { reason } from '../pipeline';
import { phraseKey, type Token } from '../text/tokenize';
import type { UserDictionary } from './user-dictionary';

/** The user's corrections are the last pass over the mentions. */
export const CORRECTIONS_PASS = 'corrections/user-dictionary';

/**
 * Apply the user's dictionary to automatic mentions: drop what the user rejected, re-geocode
 * what they placed, and add their own aliases. A place or actor alias replaces the automatic
 * places and actors it overlaps; a number alias replaces the automatic numbers it overlaps.
 */
export function applyCorrections(
  doc: Doc,
  mentions: readonly Mention[],
  dictionary: UserDictionary,
): Mention[] {
  if (dictionary.isEmpty) return [...mentions];
  const { text, tokens } = doc;

  const added: Mention[] = dictionary.aliases.findAll(tokens).map((match) => {
    const start = (tokens[match.startToken] as Token).start;
    const end = (tokens[match.endToken - 1] as Token).end;
    const entry = match.values[match.values.length - 1] as NonNullable<(typeof match.values)[number]>;
    const base = {
      start,
      end,
      text: text.slice(start, end),
      by: reason(CORRECTIONS_PASS, `your ${entry.kind}`),
    };
    switch (entry.kind) {
      case 'place':
        return { kind: 'place', ...base, place: entry.place };
      case 'actor':
        return { kind: 'actor', ...base, actor: entry.actor };
      case 'number':
        return { kind: 'number', ...base, number: entry.number };
    }
  });
  const overlapped = (mention: Mention, family: (m: Mention) => boolean) =>
    added.some((a) => family(a) && a.start < mention.end && mention.start < a.end);

  const kept = mentions.flatMap((mention): Mention[] => {
    const key = phraseKey(mention.text);
    const rejected = dictionary.rejected.get(key);
    if (rejected && (rejected.has(mention.kind) || rejected.has('*'))) return [];
    // A user's place or actor replaces automatic places and actors over the same words, a user's
    // number replaces automatic numbers; other kinds stay (a number inside a name, the actor
    // counted in "scores of fighters"), and dates always stay.
    if (isName(mention) && overlapped(mention, isName)) return [];
    if (mention.kind === 'number' && overlapped(mention, (a) => a.kind === 'number')) return [];
    if (mention.kind === 'place') {
      const place = dictionary.geocodes.get(key);
      if (place) return [{ ...mention, place, by: reason(CORRECTIONS_PASS, 'your geocode of this name') }];
    }
    return [mention];
  });

  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

const isName = (mention: Mention) => mention.kind === 'place' || mention.kind === 'actor';
