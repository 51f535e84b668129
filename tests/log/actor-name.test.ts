import { describe, expect, it } from 'vitest';
import { splitActorName } from '@/lib/log/actor-name';

describe('an actor’s name split for a narrow cell', () => {
  it('keeps the final period apart from the part that may be shortened', () => {
    expect(splitActorName('Military Forces of Syria (2024-)')).toEqual({
      head: 'Military Forces of Syria',
      tail: ' (2024-)',
    });
    expect(splitActorName('Police Forces of Mali (2021-2023)')).toEqual({
      head: 'Police Forces of Mali',
      tail: ' (2021-2023)',
    });
  });

  it('keeps what follows the period with it, so the unit stays visible too', () => {
    expect(splitActorName('Military Forces of Chad (1990-) Air Wing')).toEqual({
      head: 'Military Forces of Chad',
      tail: ' (1990-) Air Wing',
    });
  });

  it('splits at the last period only', () => {
    expect(splitActorName('Government of Peru (1995-2000) (2001-)')).toEqual({
      head: 'Government of Peru (1995-2000)',
      tail: ' (2001-)',
    });
  });

  it('leaves whole a name without a period: a country in brackets is cut like any text', () => {
    for (const name of [
      'Unidentified Armed Group',
      'Civilians (Democratic Republic of Congo)',
      'Militia (Pro-Government)',
      'Rioters (2019',
      '(2019-)',
      '',
    ]) {
      expect(splitActorName(name)).toEqual({ head: name, tail: '' });
    }
  });
});
