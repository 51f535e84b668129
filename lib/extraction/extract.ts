import type { Correction, Mention, ProposedEvent } from '../schema';
import { findActors } from './actors';
import { applyCorrections } from './corrections/apply-corrections';
import { buildUserDictionary, type UserDictionary } from './corrections/user-dictionary';
import { findDates } from './dates';
import { proposeEvents } from './events/propose-events';
import { focusCountryOf } from './focus-country';
import { findNumbers } from './numbers';
import { findPlaces, type Gazetteer } from './places';
import { resolveOverlaps } from './resolve-overlaps';
import { splitSentences } from './text/sentences';
import { tokenize } from './text/tokenize';

export interface ExtractInput {
  title: string;
  text: string;
  /** `YYYY-MM-DD`: the reference for "on Wednesday", "today". */
  publishedAt: string | null;
}

export interface Extraction {
  /** In text order, offsets into `text`, at most one mention per stretch of text. */
  mentions: Mention[];
  events: ProposedEvent[];
}

export interface Extractor {
  extract(input: ExtractInput): Extraction;
}

/**
 * The extraction pipeline: text in, mentions and proposed events out. Places come first because
 * the country they point to decides what "the army" or "the rebels" mean; the user's corrections
 * are applied to the mentions before events are proposed from them.
 */
export function createExtractor(resources: {
  gazetteer: Gazetteer;
  corrections?: readonly Correction[];
}): Extractor {
  const dictionary: UserDictionary = buildUserDictionary(resources.corrections ?? []);
  return {
    extract({ text, publishedAt }) {
      const tokens = tokenize(text);
      const places = findPlaces(text, tokens, resources.gazetteer).map(
        ({ kind, start, end, text: t, place }) => ({
          kind,
          start,
          end,
          text: t,
          place,
        }),
      );
      const focusCountry = focusCountryOf(places);
      const found: Mention[] = [
        ...places,
        ...findActors(text, tokens, { focusCountry, publishedAt }),
        ...findNumbers(text),
        ...findDates(text, { publishedAt }),
      ];
      const mentions = applyCorrections(text, tokens, resolveOverlaps(found), dictionary);
      const events = proposeEvents({ text, tokens, sentences: splitSentences(text), mentions, publishedAt });
      return { mentions, events };
    },
  };
}
