import { useEffect, useState } from 'react';
import type { ConflictReaderDatabase } from '@/lib/storage';
import { AboutSection } from './AboutSection';
import { ArticlesSection } from './ArticlesSection';
import { CorrectionsSection } from './CorrectionsSection';
import { EventsSection } from './EventsSection';
import { LogNavigation, sectionFromHash, type LogSection } from './LogNavigation';
import type { LogHost } from './log-host';
import { SetAsideNotice } from './SetAsideNotice';
import { SettingsSection } from './SettingsSection';
import { SuggesterContext } from '../suggestions';

/** The full-page event log; sections are addressed by the URL hash so they can be linked and bookmarked. */
export function EventLogPage({ db, host }: { db: ConflictReaderDatabase; host: LogHost }) {
  const [section, setSection] = useState<LogSection>(() => sectionFromHash(location.hash));

  useEffect(() => {
    const onHash = () => setSection(sectionFromHash(location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <SuggesterContext.Provider value={host.suggest}>
      <div className="log">
        <header className="log-header">
          <h1>Conflict Reader · Event log</h1>
          <LogNavigation current={section} />
        </header>
        <main className="log-main">
          <SetAsideNotice db={db} />
          {section === 'events' && <EventsSection db={db} mapTilesConsent={host.mapTilesConsent} />}
          {section === 'articles' && <ArticlesSection db={db} />}
          {section === 'corrections' && <CorrectionsSection db={db} />}
          {section === 'settings' && <SettingsSection db={db} host={host} />}
          {section === 'about' && <AboutSection version={host.version} />}
        </main>
      </div>
    </SuggesterContext.Provider>
  );
}
