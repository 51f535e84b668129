import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, exportAcledCsv } from '@/lib/exchange';
import type { ConflictEvent } from '@/lib/schema';
import { kupianskArticle, kupianskEvent } from './fixtures';

/**
 * Two rows shaped as ACLED's current exports write them (the columns of ACLED's codebook, text actor
 * types and interactions, numeric ISO codes, 0 fatalities where none were reported, Unix
 * timestamps). The events are made up for this test.
 */
const ACLED_FIXTURE = [
  ACLED_COLUMNS.join(','),
  'XYZ101,2024-03-02,2024,1,Demonstrations,Protests,Peaceful protest,Protesters (Kenya),Teachers (Kenya),' +
    'Protesters,,,,Protesters only,,404,Eastern Africa,Kenya,Nairobi,Westlands,,Parklands,-1.2623,36.8162,1,' +
    'Daily Paper,National,"On 2 March 2024, teachers held a march in Parklands (Westlands, Nairobi).",0,' +
    'crowd size=dozens,1709600000',
  'XYZ102,2024-03-04,2024,2,Political violence,Violence against civilians,Attack,' +
    'Unidentified Armed Group (Kenya),,Political militia,Civilians (Kenya),,Civilians,' +
    'Political militia-Civilians,Civilian targeting,404,Eastern Africa,Kenya,Lamu,Lamu West,,Mpeketoni,' +
    '-2.3905,40.6964,2,Radio Station,Subnational,"Around 4 March 2024, gunmen attacked a farm near Mpeketoni.",3,,1709900000',
].join('\n');

type Dtype = 'int64' | 'float64' | 'object';

/** The dtype pandas' read_csv would give each column: ints without gaps, else floats, else text. */
function dtypes(csv: string): Record<string, Dtype> {
  const { data, meta } = Papa.parse<Record<string, unknown>>(csv, {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  });
  const types: Record<string, Dtype> = {};
  for (const column of meta.fields ?? []) {
    const values = data.map((row) => row[column]);
    const present = values.filter((v) => v !== null && v !== '' && v !== undefined);
    if (present.some((v) => typeof v !== 'number')) types[column] = 'object';
    else if (present.length === values.length && present.every((v) => Number.isInteger(v)))
      types[column] = 'int64';
    else types[column] = present.length === 0 ? 'object' : 'float64';
  }
  return types;
}

/** Our rows under ACLED's header and rows, as `pd.concat` or `rbind` would put them. */
function stacked(ours: string): string {
  return `${ACLED_FIXTURE}\n${ours.split('\n').slice(1).join('\n')}`;
}

const silentToll: ConflictEvent = {
  ...kupianskEvent,
  id: 'e-2',
  fatalities: null,
  notes: '',
  exportId: { prefix: 'CR', number: 17 },
  evidence: { start: 0, end: 30, text: 'Drones struck the town.\nAgain at night.' },
};
const protest: ConflictEvent = {
  ...kupianskEvent,
  id: 'e-3',
  eventType: 'Protests',
  subEventType: 'Peaceful protest',
  actor1: { canonical: 'Protesters (Ukraine)', inter: 6 },
  actor2: null,
  assocActor1: 'Students (Ukraine)',
  fatalities: null,
  tags: 'crowd size=hundreds',
  sourceScale: 'Subnational',
  notes: 'Line one\nline two',
  location: {
    name: 'Kupiansk',
    country: 'UA',
    admin1: 'Kharkiv',
    admin2: 'Kupianskyi',
    admin3: 'Kupianska',
    lat: 49.7106,
    lon: 37.6156,
    geoPrecision: 1,
  },
};
const ours = [kupianskEvent, silentToll, protest];

describe('An export that stacks with ACLED’s', () => {
  it('has exactly ACLED’s header when asked for ACLED’s columns only (for rbind)', () => {
    const csv = exportAcledCsv(ours, [kupianskArticle], { acledColumnsOnly: true });
    expect(csv.split('\n')[0]).toBe(ACLED_FIXTURE.split('\n')[0]);
  });

  it('keeps every ACLED column’s dtype when its rows are stacked under an ACLED export', () => {
    const csv = exportAcledCsv(ours, [kupianskArticle], { acledColumnsOnly: true });
    expect(dtypes(stacked(csv))).toEqual(dtypes(ACLED_FIXTURE));
    // And our full export starts with the same columns, of the same dtypes.
    const full = exportAcledCsv(ours, [kupianskArticle]);
    const fullTypes = dtypes(full);
    for (const column of ACLED_COLUMNS) {
      if (dtypes(ACLED_FIXTURE)[column] !== 'object')
        expect(fullTypes[column]).toBe(dtypes(ACLED_FIXTURE)[column]);
    }
  });

  it('writes ACLED’s conventions: 0 deaths, text actor types, one line per row, notes never empty', () => {
    const csv = exportAcledCsv(ours, [kupianskArticle], { acledColumnsOnly: true });
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(csv.split('\n')).toHaveLength(4);
    expect(rows.map((r) => r.fatalities)).toEqual(['2', '0', '0']);
    expect(rows[1]).toMatchObject({
      event_id_cnty: 'CR-UKR17',
      inter1: 'External/Other forces',
      interaction: 'Civilians-External/Other forces',
      notes:
        'On 7 May 2024, Military Forces of Russia carried out an air/drone strike on civilians in Kupiansk ' +
        '(Kharkiv). Source: “Drones struck the town. Again at night.”',
    });
    expect(rows[2]).toMatchObject({
      assoc_actor_1: 'Students (Ukraine)',
      inter2: '',
      interaction: 'Protesters only',
      admin2: 'Kupianskyi',
      admin3: 'Kupianska',
      source_scale: 'Subnational',
      tags: 'crowd size=hundreds',
      notes: `Line one line two Source: “${kupianskArticle.text}”`,
    });
  });

  it('writes the older numeric actor types and interactions when asked', () => {
    const csv = exportAcledCsv([kupianskEvent, protest], [], { acledColumnsOnly: true, interLabels: false });
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows.map((r) => [r.inter1, r.inter2, r.interaction])).toEqual([
      ['8', '7', '78'],
      ['6', '', '60'],
    ]);
  });

  it('keeps line breaks in the provenance columns only in the full-fidelity export', () => {
    const plain = exportAcledCsv([protest], []);
    const full = exportAcledCsv([protest], [], { fullFidelity: true });
    const cell = (csv: string) =>
      Papa.parse<Record<string, string>>(csv, { header: true }).data[0]?.user_notes;
    expect(cell(plain)).toBe('Line one line two');
    expect(cell(full)).toBe('Line one\nline two');
  });
});
