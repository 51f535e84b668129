import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { siteOriginFrom } from '@/lib/settings/site-origin';
import { loadSettings, saveSettings, type ConflictReaderDatabase } from '@/lib/storage';
import type { LogHost } from './log-host';

/** "Analyse automatically on these sites": each site is an optional host permission the user grants. */
export function SettingsSection({ db, host }: { db: ConflictReaderDatabase; host: LogHost }) {
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  if (settings === undefined) return <p className="muted">Loading…</p>;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const origin = siteOriginFrom(draft);
    if (!origin) {
      setMessage(`“${draft}” isn't a web site address. Try something like “www.example.com”.`);
      return;
    }
    // The permission prompt must come first, while the click still counts as a user gesture.
    const granted = await host.requestSiteAccess(origin).catch(() => false);
    if (!granted) {
      setMessage(`Access to ${origin} wasn't granted, so it won't be analysed automatically.`);
      return;
    }
    const origins = [...new Set([...settings.autoAnalyseOrigins, origin])].sort();
    await saveSettings(db, { ...settings, autoAnalyseOrigins: origins });
    setDraft('');
    setMessage(`Pages on ${origin} will be analysed as soon as they load.`);
  };

  const remove = async (origin: string) => {
    await saveSettings(db, {
      ...settings,
      autoAnalyseOrigins: settings.autoAnalyseOrigins.filter((o) => o !== origin),
    });
    await host.revokeSiteAccess(origin).catch(() => undefined);
    setMessage(`${origin} removed; the extension no longer has access to it.`);
  };

  return (
    <section>
      <h2>Settings</h2>
      <h3>Analyse automatically on these sites</h3>
      <p className="muted">
        By default Conflict Reader reads a page only when you press its button. Sites listed here are analysed
        as soon as a page loads; the browser asks you to allow access to each one.
      </p>
      <form className="inline-form" onSubmit={(e) => void add(e)}>
        <label htmlFor="auto-site">Site</label>
        <input
          id="auto-site"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder="www.example.com"
          autoComplete="off"
        />
        <button type="submit">Add site</button>
      </form>
      {message && <p role="status">{message}</p>}
      {settings.autoAnalyseOrigins.length === 0 ? (
        <p className="muted">No sites yet.</p>
      ) : (
        <ul className="plain-list">
          {settings.autoAnalyseOrigins.map((origin) => (
            <li key={origin}>
              {origin}{' '}
              <button type="button" className="secondary" onClick={() => void remove(origin)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
