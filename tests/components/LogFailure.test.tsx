// @vitest-environment jsdom
import Dexie from 'dexie';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { LogPageBoundary } from '@/components/log/LogFailure';
import { SetAsideNotice } from '@/components/log/SetAsideNotice';
import { ConflictReaderDatabase, putEvents } from '@/lib/storage';
import { logEvent } from '../log/log-fixtures';
import { button, mount, press } from './support';

const NAME = 'log-failure-test';

afterEach(async () => {
  await Dexie.delete(NAME);
});

function Broken(): never {
  throw Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
}

/** Wait for what a click started (reading IndexedDB) to show. */
async function settle(host: HTMLElement, selector: string) {
  for (let i = 0; i < 100 && !host.querySelector(selector); i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

describe('the log page’s error boundary', () => {
  it('explains in plain words instead of going blank, and exports what can be read', async () => {
    const db = new ConflictReaderDatabase(NAME);
    await putEvents(db, [logEvent('kept-1'), logEvent('kept-2')]);
    db.close();
    const saved: { name: string; json: string }[] = [];
    const save = (name: string, json: string) => {
      saved.push({ name, json });
      return `${name}.json`;
    };
    const quiet = console.error;
    console.error = () => undefined; // React reports the caught error; it is expected here.
    let host: HTMLElement;
    try {
      host = mount(
        <LogPageBoundary databaseName={NAME} save={save}>
          <Broken />
        </LogPageBoundary>,
      );
    } finally {
      console.error = quiet;
    }
    const alert = host.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('The event log could not be shown');
    expect(alert).toContain('The log’s database could not be opened.');
    expect(alert).toContain('nothing has been deleted');
    await press(button(host, 'Export what can be read'));
    await settle(host, '[role="status"]');
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(
      /^Saved conflict-reader-rescue\.json with 2 events, 0 articles, 0 corrections\./,
    );
    const file = JSON.parse(saved[0]?.json ?? '{}') as { format: string; events: { id: string }[] };
    expect(file.format).toBe('conflict-reader-export');
    expect(file.events.map((e) => e.id).sort()).toEqual(['kept-1', 'kept-2']);
  });
});

describe('the set-aside notice', () => {
  it('says how many records were set aside and exports them as they were', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const record = { id: 'orphan', notes: 'no article' };
    await db.setAside.add({
      table: 'events',
      reason: 'it names no article',
      record,
      setAsideAt: new Date().toISOString(),
    });
    const saved: string[] = [];
    const host = mount(<SetAsideNotice db={db} save={(name, json) => (saved.push(json), `${name}.json`)} />);
    await settle(host, '[aria-label="Records set aside"]');
    expect(host.textContent).toContain('1 record from an older version of the log could not be converted');
    await press(button(host, 'Export set-aside records'));
    await settle(host, '.muted');
    const file = JSON.parse(saved[0] ?? '{}') as { records: { record: unknown; reason: string }[] };
    expect(file.records).toMatchObject([{ record, reason: 'it names no article' }]);
    db.close();
  });

  it('shows nothing when no record was set aside', async () => {
    const db = new ConflictReaderDatabase(NAME);
    const host = mount(<SetAsideNotice db={db} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(host.textContent).toBe('');
    db.close();
  });
});
