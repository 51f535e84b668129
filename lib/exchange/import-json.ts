import { EXPORT_FORMAT, EXPORT_VERSION } from '../schema';
import { z } from '../schema/zod';
import { checkArticle, checkCorrection, checkEvent, describeIssues, type Checked } from './check-record';
import { PlanBuilder, refusedFile, type ImportPlan, type RecordKind } from './import-plan';

/** The backup's envelope; its records are checked one by one so one bad record costs only itself. */
const EnvelopeSchema = z.object({
  exportedAt: z.string().datetime(),
  articles: z.array(z.unknown()),
  events: z.array(z.unknown()),
  corrections: z.array(z.unknown()),
});

/** Read the project's own backup (ExportFileSchema). Nothing is written: the result is a plan. */
export function planBackupImport(text: string, fileName: string): ImportPlan {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return refusedFile(fileName, `The file is not valid JSON; it may be cut short${detail}.`);
  }
  const refusal = envelopeProblem(data);
  if (refusal) return refusedFile(fileName, refusal);
  const envelope = EnvelopeSchema.safeParse(data);
  if (!envelope.success) {
    const fields = [...new Set(envelope.error.issues.map((i) => i.path.join('.')))].join(', ');
    return refusedFile(fileName, `The backup is damaged: ${fields} missing or malformed.`, 'backup-json');
  }
  const plan = new PlanBuilder(fileName, 'backup-json');
  const readAll = <T>(
    kind: RecordKind,
    list: readonly unknown[],
    check: (candidate: unknown) => Checked<T>,
    keep: (where: string, record: T) => void,
  ) =>
    list.forEach((candidate, i) => {
      const checked = check(candidate);
      const where = `${kind}s[${i}]`;
      if (checked.ok) keep(where, checked.value);
      else plan.reject(kind, where + idNote(candidate), describeIssues(checked.issues));
    });
  const { articles, events, corrections } = envelope.data;
  readAll('article', articles, checkArticle, (where, r) => plan.article(where, r));
  readAll('event', events, checkEvent, (where, r) => plan.event(where, r));
  readAll('correction', corrections, checkCorrection, (where, r) => plan.correction(where, r));
  return plan.build();
}

/** Why a parsed JSON value is not a backup this version reads, or null when it is one. */
function envelopeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return 'The file is JSON but not a Conflict Reader backup.';
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    return `The file is JSON but not a Conflict Reader backup (its "format" is ${JSON.stringify(format) ?? 'missing'}, not "${EXPORT_FORMAT}").`;
  }
  if (version !== EXPORT_VERSION) {
    const newer = typeof version === 'number' && version > EXPORT_VERSION;
    return newer
      ? `This backup is version ${version}, made by a newer Conflict Reader; this one reads version ${EXPORT_VERSION}. Update the extension and import it again.`
      : `This backup's version (${JSON.stringify(version) ?? 'missing'}) is not one this Conflict Reader reads (version ${EXPORT_VERSION}).`;
  }
  return null;
}

/** ` (id “x”)` when a rejected record has a readable id, to find it in the file. */
function idNote(candidate: unknown): string {
  const id =
    typeof candidate === 'object' && candidate !== null ? (candidate as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id ? ` (id “${id}”)` : '';
}
