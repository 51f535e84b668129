import { describeMention } from '../../lib/highlights/describe-mention';
import type { ExtractionResult, Mention, ProposedEvent } from '../../lib/schema';

const PRECISION = { 1: 'day', 2: 'week', 3: 'month' } as const;

/**
 * An extraction as a reader checks it (`npm run extract -- --explain`): every mention in text
 * order with what it was read as and the pass and rule that found it, then the proposed events
 * with their evidence.
 */
export function explainExtraction(result: ExtractionResult): string {
  const { article, mentions, events } = result;
  const lines = [
    `== ${result.source}${article.title ? ` · ${article.title}` : ''} (published ${article.publishedAt ?? 'unknown'})`,
    '',
    `${mentions.length} mentions, in text order:`,
    ...mentions.map(explainMention),
    '',
    `${events.length} proposed events:`,
    ...events.flatMap((event, i) => explainEvent(event, i + 1)),
  ];
  return `${lines.join('\n')}\n`;
}

function explainMention(mention: Mention): string {
  const { title, lines } = describeMention(mention);
  const meaning = [title, ...lines].filter(Boolean).join(' · ');
  const found = mention.by ? `${mention.by.pass}: ${mention.by.rule}` : 'no reason recorded';
  return `  ${mention.kind.padEnd(6)} ${JSON.stringify(mention.text).padEnd(30)} ${meaning}\n         ← ${found}`;
}

function explainEvent(event: ProposedEvent, n: number): string[] {
  const who = [event.actor1, event.actor2].map((a) => a?.canonical ?? '?').join(' vs ');
  const where = event.location ? `${event.location.name} (${event.location.country ?? '?'})` : 'no place';
  return [
    `  ${n}. ${event.eventType} / ${event.subEventType} · ${event.date} (${PRECISION[event.timePrecision]}) · ${where}`,
    `     ${who} · fatalities ${event.fatalities ?? 'unknown'} · confidence ${event.confidence}`,
    `     “${event.evidence.text}”`,
  ];
}
