import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { exportAcledCsv, exportAcledCsvParts, planImport } from '@/lib/exchange';
import { oneLine } from '@/lib/exchange/acled-notes';
import type { ConflictEvent } from '@/lib/schema';
import { event, uniqueById } from './arbitraries';
import { kupianskArticle, kupianskEvent, utf8 } from './fixtures';

const article = kupianskArticle;
const kupiansk = kupianskEvent;

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,' +
  'inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,' +
  'location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp';

function rowsOf(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

/**
 * What a CSV says of an event: ACLED's columns hold one line (a line break in a name is a space),
 * an empty cell is a missing value (an empty admin1 is null, an empty tag list is none).
 */
function asCsvHoldsIt(e: ConflictEvent): ConflictEvent {
  const line = (text: string) => oneLine(text);
  const optional = (text: string | undefined) => (text ? line(text) : undefined);
  const actor = (a: ConflictEvent['actor1']) => a && { ...a, canonical: line(a.canonical) };
  const admin1 = e.location?.admin1 ? line(e.location.admin1) : null;
  return {
    ...e,
    actor1: actor(e.actor1),
    actor2: actor(e.actor2),
    location: e.location && { ...e.location, name: line(e.location.name), admin1 },
    source: line(e.source),
    assocActor1: optional(e.assocActor1),
    assocActor2: optional(e.assocActor2),
    sourceScale: optional(e.sourceScale),
    tags: optional(e.tags),
  };
}

describe('ACLED CSV export', () => {
  it('writes ACLED’s columns in ACLED’s order, then provenance, then our own', () => {
    const header = exportAcledCsv([], []).split('\n')[0];
    expect(header).toBe(
      `${ACLED_HEADER},source_url,evidence_quote,confidence,status,event_uid,user_notes,fatalities_stated,` +
        'article_id,country_code,' +
        'evidence_start,evidence_end,evidence_selector_exact,evidence_selector_prefix,evidence_selector_suffix,' +
        'created_at,updated_at,article_title,article_published_at',
    );
  });

  it('writes a known event field by field', () => {
    const [row] = rowsOf(exportAcledCsv([kupiansk], [article]));
    expect(row).toEqual({
      event_id_cnty: 'e-0123456789ab',
      event_date: '2024-05-07',
      year: '2024',
      time_precision: '1',
      disorder_type: 'Political violence',
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Air/drone strike',
      actor1: 'Military Forces of Russia (2000-)',
      assoc_actor_1: '',
      inter1: 'External/Other forces',
      actor2: 'Civilians (Ukraine)',
      assoc_actor_2: '',
      inter2: 'Civilians',
      interaction: 'Civilians-External/Other forces',
      civilian_targeting: 'Civilian targeting',
      iso: '804',
      region: 'Europe',
      country: 'Ukraine',
      admin1: 'Kharkiv',
      admin2: '',
      admin3: '',
      location: 'Kupiansk',
      latitude: '49.7106',
      longitude: '37.6156',
      geo_precision: '1',
      source: 'Example News',
      source_scale: '',
      notes: `Drone strike on a residential area. Source: “${article.text}”`,
      fatalities: '2',
      tags: '',
      timestamp: String(Date.UTC(2024, 4, 11, 8, 30, 15) / 1000),
      source_url: 'https://news.example/kupiansk',
      evidence_quote: article.text,
      confidence: '0.85',
      status: 'confirmed',
      event_uid: 'e-0123456789ab',
      user_notes: 'Drone strike on a residential area.',
      fatalities_stated: '2',
      article_id: 'a-1',
      country_code: 'UA',
      evidence_start: '0',
      evidence_end: '65',
      evidence_selector_exact: article.text,
      evidence_selector_prefix: '',
      evidence_selector_suffix: '',
      created_at: '2024-05-10T10:00:00.000Z',
      updated_at: '2024-05-11T08:30:15.250Z',
      article_title: 'Drone strike on Kupiansk',
      article_published_at: '2024-05-10',
    });
  });

  it('writes an ACLED event’s own id back as event_id_cnty', () => {
    const [row] = rowsOf(exportAcledCsv([{ ...kupiansk, id: 'acled:UKR227042' }], []));
    expect(row).toMatchObject({
      event_id_cnty: 'UKR227042',
      event_uid: 'acled:UKR227042',
      article_title: '',
    });
  });

  it('Excel-friendly: a BOM, CRLF line ends, formulas neutralised, negative numbers kept as numbers', () => {
    const hostile: ConflictEvent = {
      ...kupiansk,
      notes: '=CMD()',
      source: '@SUM(A1)',
      actor1: { canonical: '+Brigade', inter: 1 },
      location: {
        name: '-Place\nsecond line',
        country: 'AR',
        admin1: '\tTab',
        lat: -34.6,
        lon: -58.4,
        geoPrecision: 1,
      },
    };
    const csv = exportAcledCsv([hostile], [article], { excelFriendly: true });
    expect(csv.startsWith('\uFEFFevent_id_cnty,')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(2);
    expect(csv).toContain(`,"'=CMD()",`);
    // ACLED's columns hold one line: the place's line break is a space there.
    expect(csv).toContain(`,"'@SUM(A1)",`);
    expect(csv).toContain(`,"'+Brigade",`);
    expect(csv).toContain(`"'-Place second line"`);
    expect(csv).toContain(`"'\tTab"`);
    // Numbers are never prefixed: a spreadsheet still sees -34.6 and -58.4 as numbers.
    expect(csv).toContain(',-34.6,-58.4,');
    const [row] = rowsOf(csv);
    expect(row).toMatchObject({
      user_notes: "'=CMD()",
      latitude: '-34.6',
      longitude: '-58.4',
      fatalities: '2',
    });
  });

  it('plain CSV leaves text as it is: no BOM, LF line ends, no prefix', () => {
    const csv = exportAcledCsv([{ ...kupiansk, notes: '=CMD()' }], [article]);
    expect(csv.startsWith('event_id_cnty,')).toBe(true);
    expect(csv).not.toContain('\r');
    expect(rowsOf(csv)[0]?.user_notes).toBe('=CMD()');
  });

  it('our full-fidelity CSV imports back to the same events, plain and Excel-friendly (property)', () => {
    fc.assert(
      fc.property(uniqueById(event), fc.boolean(), fc.boolean(), (events, excelFriendly, interLabels) => {
        const csv = exportAcledCsv(events, [], { excelFriendly, interLabels, fullFidelity: true });
        const plan = planImport(utf8(csv), 'log.csv');
        expect(plan.fileError).toBeNull();
        expect(plan.rejected).toEqual([]);
        expect(plan.format).toBe('conflict-reader-csv');
        expect(plan.events).toEqual(events.map(asCsvHoldsIt));
      }),
      { numRuns: 150 },
    );
  });

  it('writes a big log in parts that join into the same file, one line per event, in order', () => {
    // More than two parts of rows, with a notes cell that needs quoting on a part's edge.
    const events = Array.from({ length: 2_345 }, (_, i) => ({
      ...kupiansk,
      id: `e-${String(i).padStart(5, '0')}`,
      notes: i === 999 ? 'first line\nsecond, "quoted"' : '',
    }));
    for (const excelFriendly of [false, true]) {
      const options = { excelFriendly, fullFidelity: true };
      const csv = exportAcledCsv(events, [article], options);
      const parts = [...exportAcledCsvParts(events, [article], options)];
      expect(parts.length).toBeGreaterThan(2);
      expect(parts.join('')).toBe(csv);
      const rows = rowsOf(csv);
      expect(rows.map((r) => r.event_uid)).toEqual(events.map((e) => e.id));
      expect(rows[999]?.user_notes).toBe('first line\nsecond, "quoted"');
      expect(csv.endsWith(excelFriendly ? '\r\n' : '\n')).toBe(false);
      // Pieces written apart (the header with the first) follow one another into the same file.
      const pieces = [events.slice(0, 1_500), events.slice(1_500)].flatMap((slice, i) => [
        ...exportAcledCsvParts(slice, [article], { ...options, header: i === 0 }),
      ]);
      expect(pieces.join('')).toBe(csv);
    }
  });
});
