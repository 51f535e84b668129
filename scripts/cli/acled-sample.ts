import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { AcledCodedEvent } from '../../lib/evaluation/acled-note';

/** The ACLED sample beside the repository (`../shared/acled/events.csv`), as in CI. */
export const ACLED_EVENTS_CSV = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../shared/acled/events.csv',
);

/** Every coded event of the sample, in file order. Its notes are read, never copied into the repository. */
export function readAcledEvents(file = ACLED_EVENTS_CSV): AcledCodedEvent[] {
  const csv = readFileSync(file, 'utf8');
  return Papa.parse<AcledCodedEvent>(csv, { header: true, skipEmptyLines: true }).data;
}
