import { describe, expect, it } from 'vitest';
import { findDates, isFuture, isHistory, type DateMention } from '../../../lib/extraction/dates';
import { buildDoc } from '../../../lib/extraction/doc/doc';
import { MentionSchema } from '../../../lib/schema/mention';

/** Wednesday 13 March 2024. */
const WEDNESDAY = '2024-03-13';

function dates(text: string, publishedAt: string | null = WEDNESDAY): DateMention[] {
  return findDates(buildDoc({ text, publishedAt }));
}

/** [surface, iso, precision] for each date found. */
function read(text: string, publishedAt: string | null = WEDNESDAY): [string, string, number][] {
  return dates(text, publishedAt).map((m) => [m.text, m.date.iso, m.date.precision]);
}

describe('findDates: days', () => {
  it.each([
    ['Drones struck Odesa on Wednesday, officials said.', 'Wednesday', '2024-03-13'],
    ['Gunmen attacked the village on Thursday.', 'Thursday', '2024-03-07'],
    ['Clashes erupted in Tripoli on Monday night.', 'Monday night', '2024-03-11'],
    ['The convoy was ambushed on Saturday near Gao.', 'Saturday', '2024-03-09'],
    ['Shelling resumed last Wednesday in Kherson.', 'last Wednesday', '2024-03-06'],
    ['Protesters gathered today in Khartoum.', 'today', '2024-03-13'],
    ['Two soldiers died yesterday in Kidal.', 'yesterday', '2024-03-12'],
    ['Jets bombed Idlib this morning.', 'this morning', '2024-03-13'],
    ['Explosions were heard in Kyiv last night.', 'last night', '2024-03-12'],
    ['A curfew starts tonight in Juba.', 'tonight', '2024-03-13'],
    ['The army retook the town two days ago.', 'two days ago', '2024-03-11'],
    ['The strike on Monday, 4 March killed six.', 'Monday, 4 March', '2024-03-04'],
    ['Talks collapsed on 7 March in Jeddah.', '7 March', '2024-03-07'],
    ['Troops withdrew on March 1, 2023, from the base.', 'March 1, 2023', '2023-03-01'],
    ['The report is dated 2023-11-05.', '2023-11-05', '2023-11-05'],
    ['Fighting peaked on the night of 3 March.', '3 March', '2024-03-03'],
  ])('%s', (text, surface, iso) => {
    expect(read(text)).toEqual([[surface, iso, 1]]);
  });

  it('never puts a bare weekday after publication', () => {
    for (const weekday of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      const iso = dates(`Rebels attacked on ${weekday}.`)[0]?.date.iso ?? '';
      expect(iso > '2024-03-06' && iso <= WEDNESDAY).toBe(true);
    }
  });

  it('reads a day without a year as the past when it would be months ahead', () => {
    expect(read('Fighting broke out on 28 December.', '2024-10-10')).toEqual([
      ['28 December', '2023-12-28', 1],
    ]);
    expect(read('Elections are due on 12 October.', '2024-10-10')).toEqual([['12 October', '2024-10-12', 1]]);
  });

  it('reads "the past 24 hours" as the day before publication', () => {
    expect(read('Syria in the Last 24 Hours: army advances', '2016-12-09')).toEqual([
      ['Last 24 Hours', '2016-12-08', 1],
    ]);
  });
});

describe('findDates: weeks and months', () => {
  it.each([
    ['Attacks rose last week in Sahel.', 'last week', '2024-03-04', 2],
    ['Attacks rose this week in Sahel.', 'this week', '2024-03-11', 2],
    ['Earlier this week, troops entered Gaza City.', 'this week', '2024-03-11', 2],
    ['Shelling intensified over the weekend.', 'weekend', '2024-03-04', 2],
    ['Aid stopped in the past week.', 'past week', '2024-03-04', 2],
    ['Dozens were killed last month in Darfur.', 'last month', '2024-02-01', 3],
    ['Earlier this month, rebels seized Lashio.', 'this month', '2024-03-01', 3],
    ['The siege began in February.', 'February', '2024-02-01', 3],
    ['The offensive began in mid-January.', 'January', '2024-01-01', 3],
    ['The war began in March 2011.', 'March 2011', '2011-03-01', 3],
    ['Raids resumed two months ago.', 'two months ago', '2024-01-01', 3],
  ])('%s', (text, surface, iso, precision) => {
    expect(read(text)).toEqual([[surface, iso, precision]]);
  });

  it('reads a month without a year as the most recent one', () => {
    expect(read('Fighting began in November.', '2024-01-20')).toEqual([['November', '2023-11-01', 3]]);
    expect(read('Fighting began in August last year.', '2024-01-20')).toEqual([
      ['August last year', '2023-08-01', 3],
    ]);
  });

  it('gives a short day range week precision', () => {
    expect(read('Talks were held on 4-6 March in Doha.')).toEqual([['4-6 March', '2024-03-04', 2]]);
  });
});

describe('findDates: not dates', () => {
  it.each([
    ['lower-case month words', 'Troops march on the city and the rebels may retreat.'],
    ['a sentence-initial modal', 'May God protect them, she said.'],
    ['around the clock', 'The hospital works 24/7.'],
    ['clock times', 'The raid began at 10:30 and ended at noon.'],
    ['now', 'The town is now under army control.'],
    ['story-relative days', 'Two days later the convoy returned; the next day it left again.'],
    ['years alone', 'The war began in 2011, and since 2019 it has worsened; last year was worse.'],
    ['weekday abbreviations', 'As Sun Tzu wrote, the general must know the terrain.'],
  ])('%s', (_label, text) => {
    expect(dates(text)).toEqual([]);
  });
});

describe('findDates: without a publication date', () => {
  it('keeps only dates that carry their own year', () => {
    const text =
      'On Monday, 7 May 2023, troops entered Khartoum; on Tuesday and last week they advanced. In March 2011 it began.';
    expect(read(text, null)).toEqual([
      ['Monday, 7 May 2023', '2023-05-07', 1],
      ['March 2011', '2011-03-01', 3],
    ]);
  });
});

describe('findDates: offsets', () => {
  it('slices back to each surface and satisfies the schema', () => {
    const text =
      'KYIV — Russian drones hit Odesa on Wednesday.\n\nOn Monday, 4 March, a strike killed six; last month 40 died.';
    const found = dates(text);
    expect(found.map((m) => m.text)).toEqual(['Wednesday', 'Monday, 4 March', 'last month']);
    for (const m of found) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(MentionSchema.safeParse(m).success).toBe(true);
    }
  });
});

describe('isHistory and isFuture', () => {
  const [march2011] = dates('since the start of the war in March 2011');
  const [lastMonth] = dates('fighting last month');
  const [earlyThisMonth] = dates('fighting on 1 March');
  const [nextWeek] = dates('talks next Monday');

  it('marks history: a date that starts more than 31 days before publication', () => {
    expect(march2011 && isHistory(march2011, WEDNESDAY)).toBe(true);
    // "last month" starts on 1 February, 41 days back: it is history in a March report.
    expect(lastMonth?.date.iso).toBe('2024-02-01');
    expect(lastMonth && isHistory(lastMonth, WEDNESDAY)).toBe(true);
    expect(earlyThisMonth && isHistory(earlyThisMonth, WEDNESDAY)).toBe(false);
    expect(lastMonth && isHistory(lastMonth, '2024-03-03')).toBe(false);
    expect(march2011 && isHistory(march2011, null)).toBe(false);
  });

  it('marks plans after publication', () => {
    expect(nextWeek?.date.iso).toBe('2024-03-18');
    expect(nextWeek && isFuture(nextWeek, WEDNESDAY)).toBe(true);
    expect(lastMonth && isFuture(lastMonth, WEDNESDAY)).toBe(false);
  });
});

describe('findDates: long input', () => {
  it('reads a 5 MB text with chrono only on small windows', () => {
    const paragraph =
      'Shelling hit Kharkiv on Tuesday and drones struck Odesa yesterday, the governor said. ' +
      'Fighting has continued since March 2022 along a 1,000 km front, killing thousands of people.\n\n';
    const count = Math.ceil(5_000_000 / paragraph.length);
    const found = dates(paragraph.repeat(count));
    expect(found.length).toBe(3 * count);
    expect(found.slice(0, 3).map((m) => [m.text, m.date.iso, m.date.precision])).toEqual([
      ['Tuesday', '2024-03-12', 1],
      ['yesterday', '2024-03-12', 1],
      ['March 2022', '2022-03-01', 3],
    ]);
  });
});
