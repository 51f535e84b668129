import { existsSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '@/lib/extraction/places/gazetteer';
import { encodeGazetteerFile } from '@/lib/extraction/places/gazetteer-file';
import { findPlaces } from '@/lib/extraction/places/find-places';
import { curatedSupplement, SupplementSchema } from '@/lib/extraction/places/supplement';
import { nameKey, skeleton } from '@/lib/extraction/places/variants';
import { buildDoc } from '@/lib/extraction/doc/doc';
import supplementJson from '@/lib/data/places/supplement.json';
import { fixtureAsset } from './fixture';

describe('name keys and skeletons', () => {
  it('folds articles, hyphens, apostrophes and diacritics to one key', () => {
    expect(nameKey('Deir ez-Zor')).toBe('deir al zor');
    expect(nameKey('Ar Raqqah')).toBe(nameKey('al-Raqqah'));
    expect(nameKey('Ḩalab')).toBe('halab');
    expect(nameKey('Dara’a')).toBe(nameKey("Dara'a"));
  });

  it('gives transliteration variants one skeleton', () => {
    expect(skeleton(nameKey('Deir ez-Zor'))).toBe(skeleton(nameKey('Deir Azzour')));
    expect(skeleton(nameKey('Latamneh'))).toBe(skeleton(nameKey('Latamana')));
    expect(skeleton(nameKey('al-Sukri'))).toBe(skeleton(nameKey('al-Sukkari')));
  });
});

describe('loadGazetteer', () => {
  it('loads the shipped file’s bytes, or a built asset, alike', () => {
    const asset = fixtureAsset();
    const file = encodeGazetteerFile(asset);
    // Bytes at an offset that is not a multiple of 4, as a pooled Node buffer can be.
    const shifted = new Uint8Array(file.length + 1).subarray(1);
    shifted.set(file);
    for (const data of [asset, file, file.buffer as ArrayBuffer, shifted]) {
      const g = loadGazetteer(data, { supplement: [] });
      const [aleppo] = g.lookup('aleppo').filter((e) => g.level(e) === 'city');
      expect(aleppo).toBeDefined();
      expect(g.place(aleppo as number)).toMatchObject({
        name: 'Aleppo',
        country: 'SY',
        admin1: 'Aleppo',
        level: 'city',
      });
    }
  });

  it('finds every key of every entry, and keys after "al " without it, in entry order', () => {
    const asset = fixtureAsset();
    const g = loadGazetteer(asset, { supplement: [] });
    const lines = asset.keys.split('\n');
    lines.forEach((line, e) => {
      for (const key of line.split('|')) {
        expect(g.lookup(key)).toContain(e);
        if (key.startsWith('al ') && key.length >= 6) expect(g.lookup(key.slice(3))).toContain(e);
      }
      expect(g.keysOfEntry(e)).toEqual(line.split('|'));
      expect(g.firstKeyOfEntry(e)).toBe(line.split('|')[0]);
      for (const key of [
        ...line.split('|'),
        `${line.split('|')[0]}s`,
        (line.split('|')[0] ?? '').slice(0, -1),
      ]) {
        expect(g.firstKeyIs(e, key)).toBe(key === line.split('|')[0]);
      }
    });
    const byKey = new Map<string, number[]>();
    lines.forEach((line, e) => {
      for (const key of line.split('|')) byKey.set(key, [...(byKey.get(key) ?? []), e]);
    });
    for (const [key, entries] of byKey) {
      expect(g.lookup(key).filter((e) => entries.includes(e))).toEqual([...new Set(entries)]);
    }
    expect(g.lookup('no such place anywhere')).toEqual([]);
    expect(g.lookup('')).toEqual([]);
  });

  it('finds keys beyond ASCII and keys longer than its lookup buffer, before and after other lookups', () => {
    const asset = fixtureAsset();
    const long = `${'x'.repeat(300)} ${'ş'.repeat(200)}`;
    const lines = asset.keys.split('\n');
    lines[0] = `şam ağa|${long}|${lines[0]}`;
    const g = loadGazetteer({ ...asset, keys: lines.join('\n') }, { supplement: [] });
    expect(g.lookup('şam ağa')).toContain(0);
    expect(g.lookup(long)).toContain(0);
    expect(g.lookup(long.slice(0, -1))).toEqual([]);
    expect(g.lookup('şam')).not.toContain(0);
    expect(g.lookup('şam ağa')).toContain(0);
    expect(g.firstKeyOfEntry(0)).toBe('şam ağa');
    expect(g.firstKeyIs(0, 'şam ağa')).toBe(true);
    // As long in UTF-16 as the key is in bytes, and as long in bytes as it is in UTF-16.
    expect(g.firstKeyIs(0, 'şam ağa'.normalize('NFD'))).toBe(false);
    expect(g.firstKeyIs(0, 'sam aga  ')).toBe(false);
    expect(g.firstKeyIs(0, 'sam aga')).toBe(false);
  });

  it('completes a prefix with the entries named so first, then those with another such name', () => {
    const g = loadGazetteer(fixtureAsset(), { supplement: [] });
    const found = g.entriesWithKeyPrefix('hom', 50);
    expect(found.length).toBeGreaterThan(0);
    const named = (e: number) => (g.keysOfEntry(e)[0] ?? '').startsWith('hom');
    const firstOther = found.findIndex((e) => !named(e));
    if (firstOther >= 0) expect(found.slice(firstOther).every((e) => !named(e))).toBe(true);
    for (const e of found) expect(g.keysOfEntry(e).some((key) => key.startsWith('hom'))).toBe(true);
    expect(g.entriesWithKeyPrefix('hom', 1)).toHaveLength(1);
  });

  it('keeps real alternates and drops codes and lowercase junk', () => {
    const g = loadGazetteer(fixtureAsset(), { supplement: [] });
    expect(g.lookup('halab').length).toBeGreaterThan(0);
    expect(g.lookup('alp')).toEqual([]);
    expect(g.lookup('حلب').length).toBeGreaterThan(0);
  });

  it('places admin1 regions at their capital and names countries', () => {
    const g = loadGazetteer(fixtureAsset(), { supplement: [] });
    const [homsProvince] = g.lookup('homs governorate');
    expect(g.place(homsProvince as number)).toMatchObject({
      level: 'admin1',
      admin1: 'Homs',
      lat: 34.727,
      lon: 36.723,
    });
    const [syria] = g.lookup('syria');
    expect(g.place(syria as number)).toMatchObject({ level: 'country', country: 'SY', admin1: null });
    expect(g.demonyms.get('syrian')).toBe('SY');
  });

  it('says so, in words, of bytes that are not a gazetteer file', () => {
    expect(() => loadGazetteer(new TextEncoder().encode('{"version":1,"keys":""}'))).toThrow(
      /not a gazetteer file \(run `npm run gazetteer`/,
    );
    const older = encodeGazetteerFile(fixtureAsset());
    new DataView(older.buffer).setUint32(4, 1, true);
    expect(() => loadGazetteer(older)).toThrow(/another format version/);
  });
});

describe('curated supplement', () => {
  it('validates and covers several conflicts', () => {
    const places = SupplementSchema.parse(supplementJson).places;
    expect(places.length).toBeGreaterThanOrEqual(150);
    const countries = new Set(places.map((p) => p.country));
    for (const c of ['SY', 'SD', 'UA', 'PS', 'MM', 'YE', 'LB', 'IQ', 'ML']) expect(countries).toContain(c);
    expect(curatedSupplement()).toHaveLength(places.length);
  });
});

describe('the generated asset', () => {
  const root = resolve(__dirname, '../../..');
  const assetPath = resolve(root, 'public/gazetteer/gazetteer.dat');
  const canBuild = ['world-countries', 'country-state-city'].every(
    (p) =>
      existsSync(resolve(root, 'node_modules', p)) ||
      existsSync(resolve(process.env.GAZETTEER_MODULES ?? '/nonexistent', p)),
  );

  it.skipIf(!existsSync(assetPath) && !canBuild)(
    // Searched where it lies (a sorted key index and fixed-width columns), it is larger than
    // a delta-coded JSON would be; the store packages compress it.
    'builds if missing, stays under 11 MB, loads and finds places',
    () => {
      if (!existsSync(assetPath)) {
        execFileSync('npx', ['tsx', 'scripts/gazetteer/build-gazetteer.ts'], { cwd: root, stdio: 'inherit' });
      }
      expect(statSync(assetPath).size).toBeLessThan(11 * 1024 * 1024);
      // How fast it loads is for `npm run bench` to report, not for a test to assert.
      const g = loadGazetteer(readFileSync(assetPath));
      expect(g.size).toBeGreaterThan(150_000);
      const text =
        'Shelling hit Kharkiv and Pokrovsk in Ukraine, while RSF fighters attacked El Fasher in North Darfur.';
      const found = findPlaces(buildDoc({ text, publishedAt: null }), g).map((m) => [
        m.text,
        m.place.country,
      ]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['Kharkiv', 'UA'],
          ['Pokrovsk', 'UA'],
          ['Ukraine', 'UA'],
          ['El Fasher', 'SD'],
        ]),
      );
    },
  );
});
