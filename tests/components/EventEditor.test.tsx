// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { EventEditor } from '@/components/EventEditor';
import type { ConflictEvent } from '@/lib/schema';
import type { EventEdit } from '@/lib/storage';
import { MAX_LONG_TEXT_CHARS, MAX_NAME_CHARS, MAX_NAME_LIST_CHARS } from '@/lib/schema/import-bounds';
import { kupianskEvent } from '../exchange/fixtures';
import { act } from 'react';
import { button, enter, field, mount, press } from './support';

/** Pick in a select that only an aria-label names (an actor's type beside its name). */
function choose(host: HTMLElement, label: string, value: string) {
  const select = host.querySelector<HTMLSelectElement>(`select[aria-label="${label}"]`);
  if (!select) throw new Error(`no select named “${label}”`);
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** An event a page geocoded to the wrong country: a village tract put in Geneva. */
const misplaced: ConflictEvent = {
  ...kupianskEvent,
  notes: '',
  location: { name: 'Nyaung Pin', country: 'CH', admin1: 'Geneva', lat: 46.2, lon: 6.15, geoPrecision: 1 },
};

function edit(event: ConflictEvent) {
  const onSave = vi.fn<(edit: EventEdit) => Promise<void>>(async () => {});
  const host = mount(<EventEditor event={event} onSave={onSave} onCancel={() => {}} />);
  const value = (label: string) => field<HTMLInputElement | HTMLSelectElement>(host, label).value;
  return { host, onSave, value };
}

describe('the event editor', () => {
  it('takes no more text in a field than an import of the exported event accepts', () => {
    const { host } = edit(misplaced);
    const maxLength = (label: string) => field<HTMLInputElement>(host, label).maxLength;
    expect(maxLength('Notes')).toBe(MAX_LONG_TEXT_CHARS);
    for (const label of ['Actor 1', 'Actor 2', 'Place', 'Admin 1', 'Admin 2', 'Admin 3', 'Source scale']) {
      expect([label, maxLength(label)]).toEqual([label, MAX_NAME_CHARS]);
    }
    for (const label of ['With actor 1', 'With actor 2', 'Tags']) {
      expect([label, maxLength(label)]).toEqual([label, MAX_NAME_LIST_CHARS]);
    }
  });

  it('fixes a place put in the wrong country: country, every admin level, coordinates, precision', async () => {
    const { host, onSave, value } = edit(misplaced);
    expect([value('Country'), value('Admin 1'), value('Latitude'), value('Longitude')]).toEqual([
      'CH',
      'Geneva',
      '46.2',
      '6.15',
    ]);
    enter(host, 'Country', 'MM');
    enter(host, 'Admin 1', 'Sagaing');
    enter(host, 'Admin 2', 'Shwebo');
    enter(host, 'Admin 3', 'Wetlet');
    enter(host, 'Latitude', '22.35');
    enter(host, 'Longitude', '95.81');
    enter(host, 'Geo precision', '2');
    await press(button(host, 'Save'));
    expect(onSave.mock.calls[0]?.[0].location).toEqual({
      name: 'Nyaung Pin',
      country: 'MM',
      admin1: 'Sagaing',
      admin2: 'Shwebo',
      admin3: 'Wetlet',
      lat: 22.35,
      lon: 95.81,
      geoPrecision: 2,
    });
  });

  it('keeps an actor the dictionary does not know with the type picked, and ACLED’s other fields', async () => {
    const { host, onSave } = edit(misplaced);
    enter(host, 'Actor 1', 'Local Defence Force of Wetlet');
    choose(host, 'Actor 1 type', '3');
    enter(host, 'With actor 1', 'PDF: People’s Defence Force');
    enter(host, 'Source scale', 'Subnational-National');
    enter(host, 'Tags', 'crowd size=no report');
    await press(button(host, 'Save'));
    expect(onSave.mock.calls[0]?.[0]).toMatchObject({
      actor1: { canonical: 'Local Defence Force of Wetlet', inter: 3 },
      assocActor1: 'PDF: People’s Defence Force',
      assocActor2: undefined,
      sourceScale: 'Subnational-National',
      tags: 'crowd size=no report',
      // Notes left empty: the export builds them from the fields.
      notes: '',
    });
  });

  it('shows the notes the export will write and derives civilian targeting as the fields change', () => {
    const { host } = edit(misplaced);
    const notes = field<HTMLTextAreaElement>(host, 'Notes');
    expect(notes.placeholder).toMatch(
      /^On 7 May 2024, Military Forces of Russia carried out an air\/drone strike/,
    );
    expect(host.querySelector('output')?.textContent).toBe('Civilian targeting');
    choose(host, 'Actor 2 type', '1');
    expect(host.querySelector('output')?.textContent).toMatch(/^no/);
  });

  it('says in words why coordinates cannot be saved, and saves nothing', async () => {
    const { host, onSave } = edit(misplaced);
    enter(host, 'Latitude', '122');
    await press(button(host, 'Save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(host.querySelector('[role=alert]')?.textContent).toBe(
      'The latitude must be a number from -90 to 90 (decimal degrees), or empty.',
    );
  });
});
