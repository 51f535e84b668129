// @vitest-environment jsdom
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DuplicatesPanel } from '@/components/log/DuplicatesPanel';
import type { ConflictEvent } from '@/lib/schema';
import { ConflictReaderDatabase } from '@/lib/storage';
import { logEvent, place } from '../log/log-fixtures';
import { mount } from './support';

/** The search's idle moments, given at once (jsdom has no requestIdleCallback). */
beforeAll(() => {
  vi.stubGlobal('requestIdleCallback', (work: IdleRequestCallback) => {
    work({ didTimeout: false, timeRemaining: () => 50 });
    return 1;
  });
  vi.stubGlobal('cancelIdleCallback', () => {});
});
// After the panels are unmounted (after each test), which cancels their idle callbacks.
afterAll(() => vi.unstubAllGlobals());

const db = new ConflictReaderDatabase('duplicates-panel-test');
const evidence = (text: string): ConflictEvent['evidence'] => ({
  start: 0,
  end: text.length,
  text,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
});

/** Two outlets' reports of one shelling of a made-up village, told apart by actors, toll and wording. */
const first = logEvent('first', {
  date: '2024-03-02',
  location: place('Brodove', 48.1, 36.2),
  actor1: { canonical: 'Military Forces of Russia (2000-)', inter: 8 },
  actor2: { canonical: 'Civilians (Ukraine)', inter: 7 },
  fatalities: 3,
  source: 'Morning Post',
  evidence: evidence('Shells hit the market in Brodove on Saturday, killing three people.'),
});
const second = logEvent('second', {
  date: '2024-03-03',
  location: place('Brodove', 48.11, 36.2),
  actor1: { canonical: 'Military Forces of Russia (2000-) Air Force', inter: 8 },
  actor2: null,
  fatalities: null,
  source: 'Evening Star',
  evidence: evidence('Officials said a strike destroyed stalls near the Brodove bus station.'),
});

const render = (events: ConflictEvent[]) => {
  let host: HTMLElement | undefined;
  act(() => {
    host = mount(<DuplicatesPanel db={db} events={events} />);
  });
  return host as HTMLElement;
};

describe('the possible duplicates panel', () => {
  it('shows both events’ actors, deaths and evidence beside each other', () => {
    const host = render([first, second]);
    const pair = host.querySelector('.duplicate-pair');
    const sides = [...(pair?.querySelectorAll('.duplicate-side') ?? [])].map((side) => side.textContent);
    expect(sides).toHaveLength(2);
    expect(sides[0]).toContain('Military Forces of Russia (2000-) and Civilians (Ukraine)');
    expect(sides[0]).toContain('Deaths3');
    expect(sides[0]).toContain('Shells hit the market in Brodove on Saturday, killing three people.');
    expect(sides[0]).toContain('Morning Post');
    expect(sides[1]).toContain('Military Forces of Russia (2000-) Air Force');
    expect(sides[1]).toContain('Deathsnot given');
    expect(sides[1]).toContain('Officials said a strike destroyed stalls near the Brodove bus station.');
    expect(sides[1]).toContain('Evening Star');
  });

  it('says there are no possible duplicates rather than disappearing', () => {
    const host = render([first, { ...second, date: '2024-04-20' }]);
    expect(host.querySelector('[aria-label="Possible duplicates"] h3')?.textContent).toBe(
      'No possible duplicates',
    );
    expect(host.querySelector('.duplicate-pair')).toBeNull();
  });
});
