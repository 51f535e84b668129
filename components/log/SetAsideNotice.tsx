import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { countSetAside, listSetAside, type ConflictReaderDatabase } from '@/lib/storage';
import { downloadFile } from './download';
import type { SaveJson } from './LogFailure';

const saveAsDownload: SaveJson = (baseName, json) =>
  downloadFile(baseName, 'json', new Blob([json]), 'application/json');

/**
 * Records a database upgrade could not convert are kept apart (see convertibleEvents): the log
 * says how many and exports them as they were, so nothing is lost silently.
 */
export function SetAsideNotice(props: { db: ConflictReaderDatabase; save?: SaveJson }) {
  const count = useLiveQuery(() => countSetAside(props.db), [props.db]);
  const [saved, setSaved] = useState<string | null>(null);
  if (!count) return null;
  const exportThem = async () => {
    const records = await listSetAside(props.db);
    const json = JSON.stringify({ format: 'conflict-reader-set-aside', records });
    setSaved((props.save ?? saveAsDownload)('conflict-reader-set-aside', json));
  };
  return (
    <aside className="notice" role="status" aria-label="Records set aside">
      <p>
        {count === 1 ? '1 record' : `${count.toLocaleString()} records`} from an older version of the log
        could not be converted when the extension was updated (an event that names no article, say). They are
        kept apart, exactly as they were, and the rest of the log works. Export them to look at them or fix
        them by hand.
      </p>
      <button type="button" className="secondary" onClick={() => void exportThem()}>
        Export set-aside records
      </button>
      {saved && <span className="muted"> Saved {saved}.</span>}
    </aside>
  );
}
