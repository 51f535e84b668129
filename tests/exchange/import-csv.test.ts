import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ACLED_COLUMNS, exportAcledCsv, NO_NOTES_EVIDENCE, planImport } from '@/lib/exchange';
import { utf8 } from './fixtures';

const NOW = new Date('2025-06-01T00:00:00.000Z');

/** An ACLED row as ACLED's current downloads write it (labels for actor types, "16 May 2025"). */
const acledRow = {
  event_id_cnty: 'UKR227042',
  event_date: '16 May 2025',
  year: '2025',
  time_precision: '1',
  disorder_type: 'Political violence',
  event_type: 'Explosions/Remote violence',
  sub_event_type: 'Shelling/artillery/missile attack',
  actor1: 'Military Forces of Russia (2000-)',
  assoc_actor_1: '',
  inter1: 'External/Other forces',
  actor2: 'Military Forces of Ukraine (2019-)',
  assoc_actor_2: '',
  inter2: 'State forces',
  interaction: 'State forces-External/Other forces',
  civilian_targeting: '',
  iso: '804',
  region: 'Europe',
  country: 'Ukraine',
  admin1: 'Kharkiv',
  admin2: 'Kharkivskyi',
  admin3: '',
  location: 'Hlushchenkove',
  latitude: '49.8712',
  longitude: '36.5831',
  geo_precision: '1',
  source: 'Ministry of Defence of Ukraine',
  source_scale: 'National',
  notes: 'On 16 May 2025, Russian forces shelled Ukrainian positions near Hlushchenkove.',
  fatalities: '2',
  tags: '',
  timestamp: '1747690208',
};
type AcledRow = typeof acledRow;

const acledCsv = (rows: Partial<AcledRow>[], fields: readonly string[] = ACLED_COLUMNS) =>
  Papa.unparse({ fields: [...fields], data: rows.map((r) => ({ ...acledRow, ...r })) }, { newline: '\n' });

describe('CSV import', () => {
  it('turns an ACLED row into a confirmed event with a stable id and its notes as evidence', () => {
    const plan = planImport(utf8(acledCsv([{}])), 'acled.csv', { now: NOW });
    expect(plan.fileError).toBeNull();
    expect(plan.format).toBe('acled-csv');
    expect(plan.rejected).toEqual([]);
    expect(plan.events).toEqual([
      {
        id: 'acled:UKR227042',
        articleId: 'acled-source:Ministry of Defence of Ukraine',
        date: '2025-05-16',
        timePrecision: 1,
        eventType: 'Explosions/Remote violence',
        subEventType: 'Shelling/artillery/missile attack',
        actor1: { canonical: 'Military Forces of Russia (2000-)', inter: 8 },
        actor2: { canonical: 'Military Forces of Ukraine (2019-)', inter: 1 },
        location: {
          name: 'Hlushchenkove',
          country: 'UA',
          admin1: 'Kharkiv',
          // ACLED's second level is kept (the file's admin3 is empty, so there is none).
          admin2: 'Kharkivskyi',
          lat: 49.8712,
          lon: 36.5831,
          geoPrecision: 1,
        },
        fatalities: 2,
        evidence: { start: 0, end: acledRow.notes.length, text: acledRow.notes },
        confidence: 1,
        notes: acledRow.notes,
        source: 'Ministry of Defence of Ukraine',
        sourceUrl: '',
        status: 'confirmed',
        sourceScale: 'National',
        createdAt: '2025-05-19T21:30:08.000Z',
        updatedAt: '2025-05-19T21:30:08.000Z',
      },
    ]);
  });

  it('reads older ACLED files: digit actor types, ISO dates, capitalised headers, fewer columns', () => {
    const older = ACLED_COLUMNS.filter(
      (c) => !['disorder_type', 'civilian_targeting', 'tags', 'timestamp'].includes(c),
    );
    const csv = acledCsv([{ event_date: '2019-03-02', inter1: '1', inter2: '0', actor2: '' }], older);
    const [header, ...rest] = csv.split('\n');
    const plan = planImport(utf8([header?.toUpperCase(), ...rest].join('\n')), 'old.csv', { now: NOW });
    expect(plan.rejected).toEqual([]);
    expect(plan.events[0]).toMatchObject({
      date: '2019-03-02',
      actor1: { inter: 1 },
      actor2: null,
      createdAt: NOW.toISOString(),
    });
  });

  it('says plainly when an ACLED event has no notes, instead of inventing a quote', () => {
    const plan = planImport(utf8(acledCsv([{ notes: '' }])), 'acled.csv', { now: NOW });
    expect(plan.events[0]?.evidence.text).toBe(NO_NOTES_EVIDENCE);
    expect(plan.events[0]?.notes).toBe('');
  });

  it('reports each bad row by its row number and reason, and keeps the good ones', () => {
    const csv = acledCsv([
      {},
      { event_id_cnty: 'UKR2', fatalities: 'many' },
      { event_id_cnty: 'UKR3', event_date: '2024-13-45' },
      { event_id_cnty: 'UKR4', event_type: 'Skirmish' },
      { event_id_cnty: 'UKR5', sub_event_type: 'Peaceful protest' },
      { event_id_cnty: 'UKR6', latitude: 'north', inter1: 'Soldiers' },
      { event_id_cnty: 'UKR7', notes: 'line one\nline two' },
      {},
      { event_id_cnty: 'UKR9', fatalities: '-3' },
      { event_id_cnty: 'UKR10', latitude: '123' },
    ]);
    const plan = planImport(utf8(csv), 'acled.csv', { now: NOW });
    expect(plan.events.map((e) => e.id)).toEqual(['acled:UKR227042', 'acled:UKR7']);
    expect(plan.rejected).toEqual([
      { kind: 'event', where: 'row 3', reason: 'fatalities: “many” is not a number' },
      {
        kind: 'event',
        where: 'row 4',
        reason: 'event_date: “2024-13-45” is not a date (2025-05-16 or 16 May 2025)',
      },
      {
        kind: 'event',
        where: 'row 5',
        reason: expect.stringMatching(/^event_type: “Skirmish” is not an ACLED event type/),
      },
      {
        kind: 'event',
        where: 'row 6',
        reason: 'sub_event_type: sub-event type does not belong to the event type',
      },
      {
        kind: 'event',
        where: 'row 7',
        reason:
          'inter1: “Soldiers” is not an ACLED actor type (1–8, or a name such as “State forces”); ' +
          'latitude: “north” is not a number',
      },
      // The note with a line break is one row: the numbering is a spreadsheet's, not the file's lines.
      {
        kind: 'event',
        where: 'row 9',
        reason: 'same id (“acled:UKR227042”) as row 2; the first one is kept',
      },
      { kind: 'event', where: 'row 10', reason: expect.stringMatching(/^fatalities: /) },
      { kind: 'event', where: 'row 11', reason: expect.stringMatching(/^latitude: /) },
    ]);
  });

  it('refuses a CSV whose header is neither ours nor ACLED’s, as a whole', () => {
    const plan = planImport(utf8('name,date,deaths\nKupiansk,2024-05-07,2\n'), 'other.csv');
    expect(plan.fileError).toMatch(
      /neither a Conflict Reader export nor an ACLED export: it lacks the columns event_id_cnty, event_date/,
    );
    expect(plan.fileError).toMatch(/its header starts: name, date, deaths/);
    expect(plan.events).toEqual([]);
    expect(plan.rejected).toEqual([]);
  });

  it('refuses our own CSV with columns missing, and a header naming a column twice', () => {
    const ours = exportAcledCsv([], []).replace(',evidence_start', '');
    expect(planImport(utf8(ours), 'log.csv').fileError).toMatch(
      /Conflict Reader CSV, but it lacks the columns evidence_start/,
    );
    const twice = acledCsv([{}], [...ACLED_COLUMNS, 'notes']);
    expect(planImport(utf8(twice), 'acled.csv').fileError).toMatch(/names a column twice \(notes\)/);
  });

  it('reads a semicolon-separated file a spreadsheet saved, and rejects a row with the wrong cell count', () => {
    const csv = Papa.unparse(
      { fields: [...ACLED_COLUMNS], data: [acledRow] },
      { delimiter: ';', newline: '\r\n' },
    );
    const plan = planImport(utf8(`${csv}\r\nUKR9;too;few\r\n`), 'acled.csv', { now: NOW });
    expect(plan.events).toHaveLength(1);
    expect(plan.rejected).toEqual([
      {
        kind: 'event',
        where: 'row 3',
        reason: `the row has 3 cells; the header has ${ACLED_COLUMNS.length}`,
      },
    ]);
  });

  it('rejects a row whose quote is never closed', () => {
    const plan = planImport(utf8(`${acledCsv([{}])}\nUKR9,"16 May 2025,2025`), 'acled.csv', { now: NOW });
    expect(plan.events).toHaveLength(1);
    expect(plan.rejected).toEqual([
      {
        kind: 'event',
        where: 'row 3',
        reason: expect.stringMatching(/^the row could not be read: Quoted field unterminated/),
      },
    ]);
  });

  describe('formula-like cells', () => {
    const formulas = ['=CMD()', '+1', '-2', '@SUM(A1)', "'=quoted"];

    it('keep their text exactly in an ACLED file: stored as text, never unescaped', () => {
      const rows = formulas.map((notes, i) => ({ event_id_cnty: `X${i}`, notes, actor1: notes }));
      const plan = planImport(utf8(`\uFEFF${acledCsv(rows)}`), 'acled.csv', { now: NOW });
      expect(plan.events.map((e) => e.notes)).toEqual(formulas);
      expect(plan.events.map((e) => e.actor1?.canonical)).toEqual(formulas);
    });

    it('come back as they were exported from our Excel-friendly CSV, and are guarded again on re-export', () => {
      const acled = planImport(
        utf8(acledCsv(formulas.map((notes, i) => ({ event_id_cnty: `X${i}`, notes })))),
        'a.csv',
        {
          now: NOW,
        },
      );
      const excel = exportAcledCsv(acled.events, [], { excelFriendly: true });
      expect(excel).toContain(`"'=CMD()"`);
      expect(excel).toContain(`"''=quoted"`);
      const again = planImport(utf8(excel), 'log.csv');
      expect(again.format).toBe('conflict-reader-csv');
      expect(again.events.map((e) => e.notes)).toEqual(formulas);
    });

    it('are kept as written in our plain CSV (no BOM): nothing is taken off', () => {
      const [event] = planImport(utf8(acledCsv([{ notes: "'=CMD()" }])), 'a.csv', { now: NOW }).events;
      if (!event) throw new Error('expected an event');
      const plain = exportAcledCsv([event], []);
      expect(planImport(utf8(plain), 'log.csv').events[0]?.notes).toBe("'=CMD()");
    });
  });
});
