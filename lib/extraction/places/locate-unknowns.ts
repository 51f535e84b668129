import type { Place } from '../../schema/mention';
import type { Sentence } from '../doc/doc';
import type { Pass } from '../pipeline';
import type { Token } from '../text/tokenize';
import type { EntryId } from './gazetteer';
import { firstAtOrAfter } from '../doc/spans';
import { type Found, type PlaceMention, type PlaceWork, type Unknown } from './work';

/**
 * The finder's mentions: the places found in the gazetteer, in text order, and the unknown places
 * located at the nearest of them in their stretch of text (or at the place before, or at the
 * focus country's centre when there is none).
 */
export const locateUnknowns: Pass<PlaceWork> = {
  name: 'places/locate-unknowns',
  run(work) {
    const { doc, gazetteer, focus } = work;
    const { text, tokens } = doc;
    work.found.sort((a, b) => a.span.start - b.span.start);
    for (const f of work.found)
      if (f.chosen !== undefined) work.mentions.push(knownMention(work, f, f.chosen));
    // The dictionary places, in text order, are the parents unknown places are located by.
    const known = [...work.mentions];
    const fallbackEntry = focus[0] ? gazetteer.countryEntryOf(focus[0]) : null;
    const fallback = fallbackEntry !== null ? gazetteer.place(fallbackEntry) : null;
    for (const u of work.unknowns) {
      const base = parentFor(work, u, known) ?? fallback;
      const start = (tokens[u.span.start] as Token).start;
      const end = u.span.charEnd ?? (tokens[u.span.end - 1] as Token).end;
      const surface = text.slice(start, end);
      work.mentions.push({
        kind: 'place',
        start,
        end,
        text: surface,
        place: {
          name: surface.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim(),
          country: base?.country ?? focus[0] ?? null,
          admin1: base?.admin1 ?? null,
          lat: base?.lat ?? null,
          lon: base?.lon ?? null,
          level: u.level,
          approximate: true,
        },
        by: u.by,
      });
    }
    work.mentions.sort((a, b) => a.start - b.start);
  },
};

function knownMention(work: PlaceWork, f: Found, e: EntryId): PlaceMention {
  const { text, tokens } = work.doc;
  const { gazetteer } = work;
  const start = (tokens[f.span.start] as Token).start;
  const end = f.span.charEnd ?? (tokens[f.span.end - 1] as Token).end;
  const level = f.level ?? gazetteer.level(e);
  const place = gazetteer.place(e, level, f.regionName ?? gazetteer.name(e));
  return { kind: 'place', start, end, text: text.slice(start, end), place, by: f.by };
}

/**
 * The known place an unknown one lies in or near: the closest in its sentence, preferring
 * places after it ("X district in Y") and towns over regions; else the last town before it.
 */
function parentFor(work: PlaceWork, u: Unknown, known: readonly PlaceMention[]): Place | null {
  const { tokens } = work.doc;
  const start = (tokens[u.span.start] as Token).start;
  const end = (tokens[u.span.end - 1] as Token).end;
  const stretch = work.doc.sentences[work.doc.sentenceOfToken[u.span.start] as number] as Sentence;
  let best: PlaceMention | null = null;
  let bestD = Infinity;
  // Mentions are in text order: look only at this sentence's, and back for the previous place.
  for (let i = firstAtOrAfter(known, stretch.start); i < known.length; i++) {
    const m = known[i] as PlaceMention;
    if (m.start > stretch.end) break;
    if (m.place.level === 'country' || m.place.lat === null) continue;
    let d = m.start >= end ? m.start - end : (start - m.end) * 1.5;
    if (m.place.level === 'admin1' || m.place.level === 'region') d = d * 3 + 40;
    if (d < bestD) {
      bestD = d;
      best = m;
    }
  }
  if (best) return best.place;
  for (let i = firstAtOrAfter(known, start) - 1; i >= 0; i--) {
    const m = known[i] as PlaceMention;
    if (m.end <= start && m.place.level !== 'country' && m.place.level !== 'admin1' && m.place.lat !== null)
      return m.place;
  }
  return null;
}
