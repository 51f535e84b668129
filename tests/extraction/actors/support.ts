import { findActors, type ActorMention } from '@/lib/extraction/actors';
import { buildDoc } from '@/lib/extraction/doc/doc';

export interface Seen {
  text: string;
  canonical: string;
  inter: number;
}

/** Actor mentions in a sentence, checking that every mention's offsets point at its text. */
export function actorsIn(
  text: string,
  focusCountry: string | null,
  publishedAt: string | null,
): ActorMention[] {
  const doc = buildDoc({ text, publishedAt });
  // The places finder ranks the article's countries; here the test names the one it is about.
  doc.focusCountries = focusCountry ? [focusCountry] : [];
  const mentions = findActors(doc);
  for (const m of mentions) {
    if (text.slice(m.start, m.end) !== m.text)
      throw new Error(`offsets of "${m.text}" point at "${text.slice(m.start, m.end)}"`);
  }
  return mentions;
}

export function seen(text: string, focusCountry: string | null, publishedAt: string | null): Seen[] {
  return actorsIn(text, focusCountry, publishedAt).map((m) => ({
    text: m.text,
    canonical: m.actor.canonical,
    inter: m.actor.inter,
  }));
}

/** The mention whose text is `surface`, or undefined. */
export function mentionOf(found: Seen[], surface: string): Seen | undefined {
  return found.find((m) => m.text === surface);
}
