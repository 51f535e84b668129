import { eventLocationOf } from '../extraction/events/event-location';
import type { FoundMentions } from '../extraction/extract';
import type { Article, Mention, ProposedEvent } from '../schema';

/**
 * The event a user points at by selecting its sentence in the page. The evidence is the
 * sentence (or sentences) holding the selection. When the extractor proposed an event from
 * that passage, it is the starting point; otherwise the event is built from what was found in
 * the passage (its first place, actors, date and stated deaths), typed "Strategic developments /
 * Other" for the user to correct. Throws a sentence for the user when the words are not in the
 * captured article.
 */
export function eventFromSelection(
  article: Pick<Article, 'text' | 'publishedAt'>,
  selection: string,
  found: Pick<FoundMentions, 'mentions' | 'sentences'> & { events: readonly ProposedEvent[] },
  today: Date,
): ProposedEvent {
  const span = locate(article.text, selection);
  if (!span) {
    throw new Error(
      selection.trim()
        ? 'The selected words are not in the article as it was captured. Analyse the page again, then select them.'
        : 'Select the sentence that reports the event in the page first.',
    );
  }
  const { sentences } = found;
  const start = sentences.find((s) => s.end > span.start)?.start ?? span.start;
  const end = [...sentences].reverse().find((s) => s.start < span.end)?.end ?? span.end;
  const evidence = { start, end, text: article.text.slice(start, end) };

  const overlap = (e: ProposedEvent) => Math.min(end, e.evidence.end) - Math.max(start, e.evidence.start);
  const proposed = found.events.filter((e) => overlap(e) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
  if (proposed) return { ...proposed, evidence, confidence: 1 };

  const inside = found.mentions.filter((m) => m.start >= start && m.end <= end);
  const first = <K extends Mention['kind']>(kind: K) =>
    inside.filter((m): m is Extract<Mention, { kind: K }> => m.kind === kind);
  const [place] = first('place');
  const [actor1, actor2] = first('actor');
  const [date] = first('date');
  const killed = first('number').find((n) => n.number.category === 'killed' && !n.number.vague);
  const day = date?.date.iso ?? article.publishedAt?.slice(0, 10) ?? today.toISOString().slice(0, 10);
  return {
    date: day,
    timePrecision: date?.date.precision ?? 1,
    eventType: 'Strategic developments',
    subEventType: 'Other',
    actor1: actor1?.actor ?? null,
    actor2: actor2?.actor ?? null,
    location: place ? eventLocationOf(place.place) : null,
    fatalities: killed?.number.value == null ? null : Math.round(killed.number.value),
    evidence,
    confidence: 1,
  };
}

/** Where the selected words sit in the text, whatever white space the page put between them. */
function locate(text: string, selection: string): { start: number; end: number } | null {
  const words = selection.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'u');
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
