import {
  ImportedArticleSchema,
  ImportedCorrectionSchema,
  ImportedEventSchema,
  type Article,
  type ConflictEvent,
  type Correction,
} from '../schema';
import type { z } from '../schema/zod';
import { isCalendarDate } from './calendar-date';

/** What is wrong with a record: the field (as the file names it; empty for the whole record) and why. */
export interface Issue {
  field: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

/** Issues as one line for a report: `fatalities: expected a number; event_date: …`. */
export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((i) => (i.field ? `${i.field}: ${i.message}` : i.message)).join('; ');
}

/** How a field is named in a report: `location.lat` for a backup, `latitude` for a CSV row. */
export type FieldNamer = (path: readonly PropertyKey[]) => string;

export const jsonFieldName: FieldNamer = (path) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');

function checkWith<T>(schema: z.ZodType<T>, candidate: unknown, nameOf: FieldNamer): Checked<T> {
  const parsed = schema.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    field: issue.path.length ? nameOf(issue.path) : '',
    message: issue.message,
  }));
  return { ok: false, issues };
}

/**
 * An event as the log would store it, with a date that exists on the calendar, its text within
 * the import's bounds and its source address http(s) (see import-bounds).
 */
export function checkEvent(candidate: unknown, nameOf: FieldNamer = jsonFieldName): Checked<ConflictEvent> {
  const checked = checkWith(ImportedEventSchema, candidate, nameOf);
  if (checked.ok && !isCalendarDate(checked.value.date)) {
    return {
      ok: false,
      issues: [{ field: nameOf(['date']), message: `“${checked.value.date}” is not a real date` }],
    };
  }
  return checked;
}

export function checkArticle(candidate: unknown): Checked<Article> {
  return checkWith(ImportedArticleSchema, candidate, jsonFieldName);
}

export function checkCorrection(candidate: unknown): Checked<Correction> {
  return checkWith(ImportedCorrectionSchema, candidate, jsonFieldName);
}
