import type { Mention } from '../../schema';
import { phraseKey, type Token } from '../text/tokenize';
import type { UserDictionary } from './user-dictionary';

/**
 * Apply the user's dictionary to automatic mentions: drop what the user rejected, re-geocode
 * what they placed, and add their own aliases (which replace any automatic mention they overlap).
 */
export function applyCorrections(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  dictionary: UserDictionary,
): Mention[] {
  if (dictionary.isEmpty) return [...mentions];

  const added: Mention[] = dictionary.aliases.findAll(tokens).map((match) => {
    const start = (tokens[match.startToken] as Token).start;
    const end = (tokens[match.endToken - 1] as Token).end;
    const entry = match.values[match.values.length - 1] as NonNullable<(typeof match.values)[number]>;
    const base = { start, end, text: text.slice(start, end) };
    return entry.kind === 'place'
      ? { kind: 'place' as const, ...base, place: entry.place }
      : { kind: 'actor' as const, ...base, actor: entry.actor };
  });

  const kept = mentions.flatMap((mention): Mention[] => {
    const key = phraseKey(mention.text);
    const rejected = dictionary.rejected.get(key);
    if (rejected && (rejected.has(mention.kind) || rejected.has('*'))) return [];
    // A user alias replaces automatic places and actors over the same words; numbers and dates stay.
    const overlapsAlias = added.some((a) => a.start < mention.end && mention.start < a.end);
    if (overlapsAlias && (mention.kind === 'place' || mention.kind === 'actor')) return [];
    if (mention.kind === 'place') {
      const place = dictionary.geocodes.get(key);
      if (place) return [{ ...mention, place }];
    }
    return [mention];
  });

  return [...kept, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}
