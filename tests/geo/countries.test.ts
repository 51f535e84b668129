import { describe, expect, it } from 'vitest';
import { countryOfCode } from '@/lib/exchange';
import { countryOfAcled } from '@/lib/geo/countries';
import committed from '@/lib/data/countries/acled-countries.json';
import {
  ACLED_REGIONS,
  buildAcledCountries,
  readWorldCountries,
} from '@/scripts/countries/build-acled-countries';

describe('ACLED country table', () => {
  it('is what the script builds from world-countries (regenerate it when this fails)', () => {
    expect(buildAcledCountries(readWorldCountries())).toEqual(committed);
  });

  it('says it is derived from world-countries under the ODbL', () => {
    expect(committed.$comment).toMatch(/world-countries/);
    expect(committed.$comment).toMatch(/Open Database License/);
  });

  it('gives numeric code, ACLED’s name and ACLED’s region', () => {
    expect(countryOfCode('UA')).toEqual({
      code: 'UA',
      iso: 804,
      iso3: 'UKR',
      name: 'Ukraine',
      region: 'Europe',
    });
    expect(countryOfCode('sy')).toMatchObject({ iso: 760, name: 'Syria', region: 'Middle East' });
    expect(countryOfCode('TR')).toMatchObject({ iso: 792, name: 'Turkey', region: 'Middle East' });
    expect(countryOfCode('SD')).toMatchObject({ iso: 729, region: 'Northern Africa' });
    expect(countryOfCode('AZ')).toMatchObject({ region: 'Caucasus and Central Asia' });
    expect(countryOfCode('IR')).toMatchObject({ region: 'Middle East' });
    expect(countryOfCode('BO')).toMatchObject({ iso: 68, region: 'South America' });
    expect(countryOfCode('XK')).toMatchObject({ iso: null, iso3: 'XKX', name: 'Kosovo' });
    expect(countryOfCode('ZZ')).toBeUndefined();
  });

  it('uses only ACLED’s 17 regions, with the Caucasus and Central Asia as ACLED draws it', () => {
    const countries = Object.entries(committed.countries);
    for (const [, c] of countries) expect(ACLED_REGIONS).toContain(c.region);
    const cac = countries.filter(([, c]) => c.region === 'Caucasus and Central Asia').map(([code]) => code);
    expect(cac.sort()).toEqual(['AM', 'AZ', 'GE', 'KG', 'KZ', 'TJ', 'TM', 'UZ']);
    expect(countryOfCode('MX')).toMatchObject({ iso: 484, region: 'North America' });
    expect(countryOfCode('PS')).toMatchObject({ iso: 275, name: 'Palestine', region: 'Middle East' });
    expect(countryOfCode('YE')).toMatchObject({ iso: 887, region: 'Middle East' });
  });

  it('finds an ACLED row’s country by numeric code, else by name', () => {
    expect(countryOfAcled(275, 'whatever')?.code).toBe('PS');
    expect(countryOfAcled(0, 'Kosovo')?.code).toBe('XK');
    expect(countryOfAcled(null, 'democratic republic of congo')?.code).toBe('CD');
    expect(countryOfAcled(null, 'Atlantis')).toBeUndefined();
  });
});
