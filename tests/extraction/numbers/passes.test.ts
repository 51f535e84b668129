import { describe, expect, it } from 'vitest';
import enNumbers from '@/lib/data/lexicon/en/numbers.json';
import { buildDoc } from '@/lib/extraction/doc/doc';
import { findNumbers, NUMBER_PASSES } from '@/lib/extraction/numbers';
import { NumberLexiconSchema } from '@/lib/extraction/numbers/lexicon-schema';
import { phoneRuns } from '@/lib/extraction/numbers/phone-runs';
import {
  afterDash,
  digitGroupAt,
  hyphenJoined,
  wordAt,
  wordBefore,
  type Scope,
} from '@/lib/extraction/numbers/reading';
import { numberWorkOf, type NumberWork } from '@/lib/extraction/numbers/work';

/** The work after the first passes (up to `upTo`), and the Doc's tokens by text. */
function workAfter(text: string, upTo: number): NumberWork {
  const work = numberWorkOf(buildDoc({ text, publishedAt: null }));
  for (const pass of NUMBER_PASSES.slice(0, upTo)) pass.run(work);
  return work;
}

/** The whole text as one scope, and the index of the token that starts at `word`. */
function scopeOf(text: string): { scope: Scope; at: (word: string, nth?: number) => number } {
  const work = numberWorkOf(buildDoc({ text, publishedAt: null }));
  const scope: Scope = {
    doc: work.doc,
    words: work.words,
    first: 0,
    end: work.doc.tokens.length,
    heads: new Map(),
  };
  const at = (word: string, nth = 0): number => {
    const starts = work.doc.tokens.flatMap((t, i) => (text.startsWith(word, t.start) ? [i] : []));
    const index = starts[nth];
    if (index === undefined) throw new Error(`no token at ${JSON.stringify(word)}`);
    return index;
  };
  return { scope, at };
}

/** Each mention as "words → category [pass | rule]". */
function explained(text: string): string[] {
  return findNumbers(buildDoc({ text, publishedAt: null })).map(
    (m) => `${m.text} → ${m.number.category} [${m.by?.pass} | ${m.by?.rule}]`,
  );
}

describe('the numbers passes', () => {
  it('run in order: phone numbers, quantities, then what each counts', () => {
    expect(NUMBER_PASSES.map((p) => p.name)).toEqual([
      'numbers/phone-runs',
      'numbers/quantity-phrases',
      'numbers/categories',
    ]);
  });

  it('name the rule that gave each quantity its category', () => {
    expect(
      explained(
        'Shelling killed 12 villagers; about 40 soldiers were wounded. Then 30 refugees crossed 15 km of desert ' +
          'and militants seized 3 trucks. A 9-year-old boy and $2 million were lost.',
      ),
    ).toEqual([
      '12 → killed [numbers/categories | casualty word right before the number]',
      'about 40 → injured [numbers/categories | casualty word after the counted noun]',
      '30 → displaced [numbers/categories | casualty noun counted]',
      '15 km → distance [numbers/categories | unit after the number]',
      '3 → count [numbers/categories | counts things]',
      '9-year-old → other [numbers/categories | age]',
      '$2 million → money [numbers/categories | currency before the number]',
    ]);
  });

  it('give a listed count the category of the count before it, and say so', () => {
    expect(explained('Rebels killed 40 people, 25 in the market.')).toEqual([
      '40 → killed [numbers/categories | casualty word right before the number]',
      '25 → killed [numbers/categories | listed under the count before]',
    ]);
  });
});

describe('the stretches the numbers grammar reads', () => {
  it('are the Doc’s sentences, so a count never reads the noun of the sentence before it', () => {
    const [, size] = findNumbers(
      buildDoc({ text: 'Some 300 workers gathered. [size=dozens]', publishedAt: null }),
    );
    expect(size?.number.of).toBeNull();
  });
});

describe('numbers/phone-runs', () => {
  it('marks the digit groups of phone numbers, and only those', () => {
    const text = 'Call +44 20 7946 0958 or (202) 555-0123; 2,000 people and 300 trucks left.';
    const work = workAfter(text, NUMBER_PASSES.indexOf(phoneRuns) + 1);
    const marked = [...work.phoneDigits].map((k) => {
      const token = work.doc.tokens[k];
      return text.slice(token?.start, token?.end);
    });
    expect(marked).toEqual(['44', '20', '7946', '0958', '202', '555', '0123']);
    expect(findNumbers(work.doc).map((m) => m.text)).toEqual(['2,000', '300']);
  });
});

describe('reading the Doc’s tokens as the number grammar’s words', () => {
  it('reads digit groups with their separators and the letters glued after them', () => {
    const { scope, at } = scopeOf('It cost 75,259 and $1.2bn, or 10.30.45 in 19th place.');
    expect(digitGroupAt(scope, at('75'))).toMatchObject({ text: '75,259', suffix: null, end: at('and') });
    expect(digitGroupAt(scope, at('1.2bn'))).toMatchObject({ text: '1.2', suffix: 'bn', end: at(',', 1) });
    expect(digitGroupAt(scope, at('10.30'))).toMatchObject({ text: '10.30.45' });
    expect(digitGroupAt(scope, at('19th'))).toMatchObject({ text: '19', suffix: 'th' });
    expect(digitGroupAt(scope, at('It'))).toBeNull();
  });

  it('reads hyphen compounds as one word, and no further than a digit', () => {
    const { scope, at } = scopeOf('Twenty-five al-Qaeda-linked men flew an F-16.');
    expect(wordAt(scope, at('Twenty'))).toMatchObject({ key: 'twenty-five', end: at('al') });
    expect(wordAt(scope, at('al'))).toMatchObject({ key: 'al-qaeda-linked', end: at('men') });
    expect(wordAt(scope, at('F'))).toMatchObject({ key: 'f', end: at('16') });
    expect(wordBefore(scope, at('men'))).toMatchObject({ key: 'al-qaeda-linked', start: at('al') });
  });

  it('finds the dash between two numbers, as a gap or as a token of its own', () => {
    const { scope, at } = scopeOf('From 10-15 or 20–30 to 40 - 50 and 24-hour.');
    expect(hyphenJoined(scope, at('10'))).toBe(true);
    expect(afterDash(scope, at('10'))).toBe(at('15'));
    expect(afterDash(scope, at('20'))).toBe(at('30'));
    expect(afterDash(scope, at('40'))).toBe(-1);
    expect(afterDash(scope, at('24'))).toBe(at('hour'));
  });
});

describe('the numbers lexicon', () => {
  it('validates the English word lists', () => {
    expect(NumberLexiconSchema.safeParse(enNumbers).success).toBe(true);
  });

  it('rejects words that are not folded', () => {
    const broken = { ...enNumbers, ageLeads: ['Aged'] };
    expect(NumberLexiconSchema.safeParse(broken).success).toBe(false);
  });
});
