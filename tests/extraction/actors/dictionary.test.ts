import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultActorsFor, loadActorDictionary } from '@/lib/extraction/actors';
import { ACTOR_DATA_FILES } from '@/lib/extraction/actors/dictionary';
import { ConflictFileSchema, CountriesFileSchema, GenericFileSchema } from '@/lib/extraction/actors/schema';

const DATA_DIR = path.resolve(__dirname, '../../../lib/data/actors');

describe('actor data files', () => {
  const files = readdirSync(DATA_DIR).filter((f) => f.endsWith('.json'));

  it('are all loaded by the dictionary', () => {
    const conflictFiles = files.filter((f) => f !== 'countries.json' && f !== 'generic.json').sort();
    expect(Object.keys(ACTOR_DATA_FILES).sort()).toEqual(conflictFiles);
  });

  it.each(files)('%s matches its schema', (file) => {
    const data: unknown = JSON.parse(readFileSync(path.join(DATA_DIR, file), 'utf8'));
    const schema =
      file === 'countries.json'
        ? CountriesFileSchema
        : file === 'generic.json'
          ? GenericFileSchema
          : ConflictFileSchema;
    const result = schema.safeParse(data);
    expect(result.success, result.success ? '' : result.error.message).toBe(true);
  });

  it('stay small enough to bundle (< 200 KB together)', () => {
    const total = files.reduce((sum, f) => sum + statSync(path.join(DATA_DIR, f)).size, 0);
    expect(total).toBeLessThan(200 * 1024);
  });

  it('rejects an entry with neither a canonical name nor a state', () => {
    const bad = { conflict: 'x', countries: [], roles: [], actors: [{ aliases: ['X'] }] };
    expect(ConflictFileSchema.safeParse(bad).success).toBe(false);
  });

  it('rejects an inter code outside 1-8', () => {
    const bad = {
      conflict: 'x',
      countries: [],
      roles: [],
      actors: [{ canonical: 'X', inter: 9, aliases: ['X'] }],
    };
    expect(ConflictFileSchema.safeParse(bad).success).toBe(false);
  });

  it('every role and actor country is a known country', () => {
    const dict = loadActorDictionary();
    for (const conflict of dict.conflicts) {
      for (const role of conflict.roles) expect(dict.countries.has(role.country), role.country).toBe(true);
      for (const entry of conflict.actors) {
        for (const iso of [entry.state, entry.government, entry.police, ...entry.countries]) {
          if (iso) expect(dict.countries.has(iso), iso).toBe(true);
        }
      }
    }
  });
});

describe('loadActorDictionary', () => {
  it('indexes names, generic words and person roles, once', () => {
    const dict = loadActorDictionary();
    expect(dict.named.size).toBeGreaterThan(500);
    expect(dict.generic.size).toBeGreaterThan(150);
    expect(dict.personRoles.size).toBeGreaterThan(20);
    expect(loadActorDictionary()).toBe(dict);
  });
});

describe('defaultActorsFor', () => {
  it('names Syria’s parties by era', () => {
    const before = defaultActorsFor('SY', '2016-12-09');
    expect(before.state).toEqual({ canonical: 'Military Forces of Syria (2000-2024)', inter: 1 });
    expect(before.opposition).toEqual({ canonical: 'Opposition Rebels (Syria)', inter: 2 });
    expect(before.civilians).toEqual({ canonical: 'Civilians (Syria)', inter: 7 });
    expect(before.militia.inter).toBe(3);
    expect(defaultActorsFor('SY', '2025-03-08').state.canonical).toBe('Military Forces of Syria (2024-)');
  });

  it('gives Sudan’s war after April 2023 the RSF as the opposition', () => {
    expect(defaultActorsFor('SD', '2024-05-01').opposition).toEqual({
      canonical: 'RSF: Rapid Support Forces',
      inter: 2,
    });
    expect(defaultActorsFor('SD', '2024-05-01').state.canonical).toBe('Military Forces of Sudan (2019-)');
  });

  it('makes the army in Gaza Israel’s, as external forces', () => {
    const gaza = defaultActorsFor('PS', '2024-01-10');
    expect(gaza.state.canonical).toMatch(/^Military Forces of Israel/);
    expect(gaza.state.inter).toBe(8);
    expect(gaza.opposition.canonical).toBe('Hamas Movement');
  });

  it('falls back to generic names for a country without conflict data', () => {
    const d = defaultActorsFor('HT', null);
    expect(d.state).toEqual({ canonical: 'Military Forces of Haiti', inter: 1 });
    expect(d.opposition).toEqual({ canonical: 'Opposition Rebels (Haiti)', inter: 2 });
  });
});
