import {
  EventSchema,
  type Article,
  type ConflictEvent,
  type EventStatus,
  type Evidence,
  type ProposedEvent,
} from '../schema';
import { quoteSelectorFor } from '../anchoring/quote-selector';
import { hostOf, normaliseArticleUrl } from '../article/article-url';
import { largerToll, mergeDuplicate } from '../log/duplicates';
import type { ConflictReaderDatabase } from './database';
import { batchesOf, changeArticleEvents, putEvents, updateEvent, type EventRef } from './event-batches';

/**
 * A proposal's id is derived from what it says (article, date, type, place), so analysing the
 * same page again finds the same events: decisions the user made stay made.
 */
export async function proposalId(articleId: string, event: ProposedEvent): Promise<string> {
  const key = [articleId, event.date, event.eventType, event.subEventType, event.location?.name ?? ''].join(
    '|',
  );
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return `e-${Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The proposals stored, as events, and how many were dropped because they were not valid. */
export type SavedProposals = ConflictEvent[] & { readonly dropped: number };

/**
 * Store an article's proposals in one transaction: new ones are added, ones still awaiting review
 * are refreshed, and those the user confirmed or rejected are left exactly as they are.
 * Proposals the new analysis no longer makes are removed unless the user acted on them. A
 * proposal that is not a valid event (a figure no count can be, say) is dropped on its own: the
 * others are stored, and the result counts the dropped.
 */
export async function saveProposals(
  db: ConflictReaderDatabase,
  article: Article,
  proposals: readonly ProposedEvent[],
  now: Date = new Date(),
): Promise<SavedProposals> {
  const stamp = now.toISOString();
  const checked = await Promise.all(
    proposals.map(async (proposal) =>
      EventSchema.safeParse(eventFields(article, proposal, await proposalId(article.id, proposal), stamp)),
    ),
  );
  const records = checked.flatMap((result) => (result.success ? [result.data] : []));
  await changeArticleEvents(db, article.id, (existing) => {
    const fresh = new Map(records.map((r) => [r.id, r]));
    const stored = new Set(existing.map((e) => e.id));
    const kept = existing.flatMap((e) => {
      if (e.status !== 'proposed') return [e];
      const refreshed = fresh.get(e.id);
      if (refreshed) return [{ ...refreshed, createdAt: e.createdAt }];
      return isUserEvent(e.id) ? [e] : [];
    });
    return [...kept, ...records.filter((r) => !stored.has(r.id))];
  });
  return Object.assign(records, { dropped: proposals.length - records.length });
}

/** An event the user made (from a selection, or by merging two): never an extractor's proposal. */
const USER_EVENT_PREFIX = 'u-';
const isUserEvent = (id: string) => id.startsWith(USER_EVENT_PREFIX);

/**
 * Store an event the user made, awaiting review like a proposal. Analysing the page again leaves
 * it alone (it is not the extractor's to withdraw).
 */
export async function addUserEvent(
  db: ConflictReaderDatabase,
  article: Article,
  event: ProposedEvent,
  now: Date = new Date(),
): Promise<ConflictEvent> {
  const record = eventRecord(article, event, `${USER_EVENT_PREFIX}${crypto.randomUUID()}`, now.toISOString());
  await putEvents(db, [record]);
  return record;
}

/** A proposal as the log keeps it: validated, with its quote, provenance and review status. */
function eventRecord(article: Article, proposal: ProposedEvent, id: string, stamp: string): ConflictEvent {
  return EventSchema.parse(eventFields(article, proposal, id, stamp));
}

/** The fields of a proposal's event record, not yet validated. */
function eventFields(article: Article, proposal: ProposedEvent, id: string, stamp: string) {
  return {
    ...proposal,
    // The quote finds the sentence again in the page, even after the page has changed a little.
    evidence: { ...proposal.evidence, selector: evidenceSelector(article.text, proposal.evidence) },
    id,
    articleId: article.id,
    notes: '',
    source: article.siteName ?? hostOf(article.url),
    // Tracking and layout parameters say who shared the link, not which article it is.
    sourceUrl: normaliseArticleUrl(article.canonicalUrl ?? article.url),
    status: 'proposed' as const,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Confirm, reject, or (undo) put back to proposed. */
export async function setEventStatus(
  db: ConflictReaderDatabase,
  ref: EventRef,
  status: EventStatus,
  now: Date = new Date(),
): Promise<void> {
  await updateEvent(db, ref, (event) => ({ ...event, status, updatedAt: now.toISOString() }));
}

/** An article's events in reading order (by where their evidence sits in the text). */
export async function eventsOfArticle(
  db: ConflictReaderDatabase,
  articleId: string,
): Promise<ConflictEvent[]> {
  const rows = (await batchesOf(db, [articleId])).flatMap((batch) => batch.events);
  return rows
    .flatMap((row) => {
      const parsed = EventSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.evidence.start - b.evidence.start || a.id.localeCompare(b.id));
}

function evidenceSelector(text: string, evidence: ProposedEvent['evidence']) {
  const inText = text.slice(evidence.start, evidence.end) === evidence.text && evidence.end > evidence.start;
  return inText ? quoteSelectorFor(text, evidence.start, evidence.end) : undefined;
}

/** The fields a user can correct on an event. */
export type EventEdit = Partial<
  Pick<
    ConflictEvent,
    | 'eventType'
    | 'subEventType'
    | 'date'
    | 'timePrecision'
    | 'actor1'
    | 'actor2'
    | 'location'
    | 'fatalities'
    | 'notes'
    | 'assocActor1'
    | 'assocActor2'
    | 'sourceScale'
    | 'tags'
  >
>;

/**
 * Apply the user's corrections to an event. The result is validated as a whole (a sub-event type
 * must belong to its type), so an inconsistent edit is refused and nothing is written.
 */
export function editEvent(
  db: ConflictReaderDatabase,
  ref: EventRef,
  edit: EventEdit,
  now: Date = new Date(),
): Promise<ConflictEvent> {
  return updateEvent(db, ref, (current) =>
    EventSchema.parse({ ...current, ...edit, updatedAt: now.toISOString() }),
  );
}

/**
 * Merge two events the extractor split (or proposed twice) into one event of the user's: the
 * first one's fields, with what it lacks taken from the second, the larger death toll, and
 * evidence quoting both sentences (see mergedEvidence). Both originals are kept as rejected, with
 * a note saying where they went, so analysing the page again does not bring them back. One
 * transaction.
 */
export async function mergeEvents(
  db: ConflictReaderDatabase,
  article: Article,
  firstId: string,
  secondId: string,
  now: Date = new Date(),
): Promise<ConflictEvent> {
  if (firstId === secondId) throw new Error('Pick two different events to merge.');
  const stamp = now.toISOString();
  let result: ConflictEvent | undefined;
  await changeArticleEvents(db, article.id, (events) => {
    const [first, second] = [firstId, secondId].map((id) => events.find((e) => e.id === id));
    if (!first || !second) throw new Error('One of these events no longer exists.');
    const merged = eventRecord(
      article,
      {
        date: first.date,
        timePrecision: first.timePrecision,
        eventType: first.eventType,
        subEventType: first.subEventType,
        actor1: first.actor1 ?? second.actor1,
        actor2: first.actor2 ?? second.actor2,
        location: first.location ?? second.location,
        fatalities: largerToll(first.fatalities, second.fatalities),
        evidence: first.evidence,
        confidence: Math.max(first.confidence, second.confidence),
      },
      `${USER_EVENT_PREFIX}${crypto.randomUUID()}`,
      stamp,
    );
    result = {
      ...merged,
      evidence: mergedEvidence(article.text, first.evidence, second.evidence),
      notes: [first.notes, second.notes].filter(Boolean).join('\n'),
    };
    const where = `Merged into another event on ${stamp.slice(0, 10)}.`;
    return [...events.map((e) => (e === first || e === second ? retired(e, where, stamp) : e)), result];
  });
  return result as ConflictEvent;
}

/**
 * The evidence of two events merged into one. Sentences that touch or overlap are one passage of
 * the text, quoted whole. Sentences further apart are quoted on their own, joined by " … " in
 * reading order (quoting the span between them would put the sentences in between into the
 * evidence); the offsets and the selector stay the first sentence's, the anchor by which the page
 * and the article find the evidence again.
 */
function mergedEvidence(text: string, one: Evidence, other: Evidence): Evidence {
  const [first, second] = one.start <= other.start ? [one, other] : [other, one];
  const isPassage = (e: Evidence) => text.slice(e.start, e.end) === e.text;
  if (isPassage(first) && isPassage(second) && !text.slice(first.end, second.start).trim()) {
    const end = Math.max(first.end, second.end);
    const passage = { start: first.start, end, text: text.slice(first.start, end) };
    return { ...passage, selector: evidenceSelector(text, passage) };
  }
  // A quote that already holds the other's words (an event merged before, and one of its
  // sentences) is kept as it is, not repeated.
  if (first.text.includes(second.text)) return first;
  if (second.text.includes(first.text)) return second;
  return { ...first, text: `${first.text} … ${second.text}` };
}

/**
 * Fold a second report of one event (another article's) into the first, in one transaction: the
 * first is completed from the second (see mergeDuplicate); the second stays, rejected, noting
 * where it went.
 */
export async function mergeDuplicateEvents(
  db: ConflictReaderDatabase,
  keep: ConflictEvent,
  other: ConflictEvent,
  now: Date = new Date(),
): Promise<void> {
  const stamp = now.toISOString();
  await putEvents(db, [
    EventSchema.parse(mergeDuplicate(keep, other, now)),
    retired(other, `Merged into the event of ${keep.date} from ${keep.source}.`, stamp),
  ]);
}

/** An event merged into another: kept, rejected, with a note saying where it went. */
function retired(event: ConflictEvent, where: string, stamp: string): ConflictEvent {
  return {
    ...event,
    status: 'rejected',
    notes: [event.notes, where].filter(Boolean).join('\n'),
    updatedAt: stamp,
  };
}
