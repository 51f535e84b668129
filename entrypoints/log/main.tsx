import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { EventLogPage } from '@/components/log/EventLogPage';
import { LogPageBoundary } from '@/components/log/LogFailure';
import type { LogHost } from '@/components/log/log-host';
import '@/components/styles.css';
import { ConflictReaderDatabase, DATABASE_NAME } from '@/lib/storage';
import { backgroundSuggester } from '../background/suggest-client';
import { mapTilesConsent } from './map-tiles-consent';

const host: LogHost = {
  requestSiteAccess: (origin) => browser.permissions.request({ origins: [`${origin}/*`] }),
  revokeSiteAccess: async (origin) => {
    await browser.permissions.remove({ origins: [`${origin}/*`] });
  },
  mapTilesConsent,
  version: browser.runtime.getManifest().version,
  suggest: backgroundSuggester,
};

const root = document.getElementById('root');
if (!root) throw new Error('event log root element missing');
createRoot(root).render(
  <StrictMode>
    <LogPageBoundary databaseName={DATABASE_NAME}>
      <EventLogPage db={new ConflictReaderDatabase(DATABASE_NAME)} host={host} />
    </LogPageBoundary>
  </StrictMode>,
);
