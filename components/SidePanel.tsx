import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useState, type CSSProperties } from 'react';
import type { AnalysisMode } from '@/lib/analysis/analyse-tab';
import type { ConflictEvent, TabStatus } from '@/lib/schema';
import { MENTION_KIND_NAMES, MENTION_KINDS, type MentionKind } from '@/lib/schema/mention-kind';
import { getArticle, type ConflictReaderDatabase } from '@/lib/storage';
import { ArticleSummary } from './ArticleSummary';
import { EventList, type RevealRequest } from './EventList';
import { TeachPanel } from './TeachPanel';
import type { PanelHost } from './panel-host';
import { NewEventFromSelection } from './NewEventFromSelection';
import { SuggesterContext } from './suggestions';

/** The side panel: the current tab's capture status and, once captured, its article (live from the database). */
export function SidePanel({ host, db }: { host: PanelHost; db: ConflictReaderDatabase }) {
  const [tabId, setTabId] = useState<number | null>(null);
  // undefined until the tab's status has been read, so "nothing yet" and "not read yet" differ.
  const [status, setStatusOnly] = useState<TabStatus | null | undefined>(undefined);
  // The article stays on show while the tab is analysed again (after a correction, say), so the
  // events and the correction tools don't vanish and come back.
  const [articleId, setArticleId] = useState<string | null>(null);
  const setStatus = useCallback((next: TabStatus | null) => {
    setStatusOnly(next);
    if (next?.state === 'captured') setArticleId(next.articleId);
    else if (next === null || next.state === 'failed') setArticleId(null);
  }, []);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void host.activeTabId().then(setTabId);
    return host.watchActiveTab(setTabId);
  }, [host]);

  useEffect(() => {
    if (tabId === null) return;
    let current = true;
    void host.readStatus(tabId).then((s) => current && setStatus(s));
    const stop = host.watchStatuses((id, s) => {
      if (id === tabId) setStatus(s);
    });
    return () => {
      current = false;
      stop();
    };
  }, [host, tabId, setStatus]);

  const article = useLiveQuery(
    () => (articleId ? getArticle(db, articleId) : Promise.resolve(undefined)),
    [db, articleId],
  );

  /** Whether the page still has the event's sentence (the list says so on the event's card). */
  const show = async (event: ConflictEvent): Promise<boolean> => {
    const selector = event.evidence.selector;
    if (tabId === null || !selector) return false;
    return host.showInPage(tabId, selector, event.evidence.start).catch(() => false);
  };
  // The event the user just made from a selection: the list focuses it once it has it.
  const [reveal, setReveal] = useState<RevealRequest | null>(null);

  const run = async (mode: AnalysisMode) => {
    if (tabId === null) return;
    setBusy(true);
    try {
      setStatus(await host.analyse(tabId, mode));
    } finally {
      setBusy(false);
    }
  };

  return (
    <SuggesterContext.Provider value={host.suggest}>
      <main
        className="panel"
        data-status={status === undefined ? 'loading' : (status?.state ?? 'none')}
        data-article={article ? 'shown' : 'none'}
      >
        <header className="panel-bar">
          <h1>Conflict Reader</h1>
          <button type="button" className="link" onClick={() => host.openLog()}>
            Event log
          </button>
        </header>
        <PanelBody
          status={status ?? null}
          busy={busy}
          onAnalyse={() => void run('page')}
          onSelection={() => void run('selection')}
        />
        {articleId && (
          <EventList
            db={db}
            articleId={articleId}
            onShow={show}
            reveal={reveal}
            missingFromPage={
              new Set(status?.state === 'captured' ? (status.highlights?.confirmedOrphans ?? []) : [])
            }
          />
        )}
        {tabId !== null && articleId && (
          <NewEventFromSelection
            create={() => host.eventFromSelection(tabId)}
            onMade={(eventId) => setReveal({ eventId })}
          />
        )}
        {tabId !== null && articleId && (
          <TeachPanel
            teach={async (lesson) => {
              const next = await host.teach(tabId, lesson);
              setStatus(next);
              return next;
            }}
          />
        )}
        {article && <ArticleSummary article={article} />}
        {articleId && article === undefined && <p className="muted">Loading the article…</p>}
      </main>
    </SuggesterContext.Provider>
  );
}

/** A kind's count underlined as its highlights are (a double line needs 3px to show as two). */
function countStyle(kind: MentionKind): CSSProperties {
  const { underline, line } = MENTION_KINDS[kind];
  return { borderBottom: `${underline === 'double' ? 3 : 2}px ${underline} ${line}` };
}

function PanelBody(props: {
  status: TabStatus | null;
  busy: boolean;
  onAnalyse: () => void;
  onSelection: () => void;
}) {
  const { status, busy } = props;
  if (status === null) {
    return (
      <section className="notice">
        <p>
          Press the toolbar button or <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>A</kbd> on a news article to
          capture it.
        </p>
        <button type="button" onClick={props.onAnalyse} disabled={busy}>
          Analyse this page
        </button>
      </section>
    );
  }
  if (status.state === 'capturing' || busy) {
    return (
      <section className="notice" role="status">
        <p>Reading the article…</p>
      </section>
    );
  }
  if (status.state === 'failed') {
    return (
      <section className="notice error" role="alert">
        <p>{status.message}</p>
        <div className="actions">
          {status.canUseSelection && (
            <button type="button" onClick={props.onSelection}>
              Analyse selected text
            </button>
          )}
          <button type="button" className="secondary" onClick={props.onAnalyse}>
            Try again
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="notice ok" role="status">
      <p>Article captured and saved.</p>
      {status.extraction && (
        <p className="counts">
          {MENTION_KIND_NAMES.map((kind) => (
            <span key={kind} className="count" style={countStyle(kind)}>
              {status.extraction?.counts[kind] ?? 0} {MENTION_KINDS[kind].many}
            </span>
          ))}
          {status.highlights && status.highlights.orphans > 0 && (
            <span className="muted"> · {status.highlights.orphans} not found in the page</span>
          )}
        </p>
      )}
      {status.problem && <p className="problem">{status.problem}</p>}
      <button type="button" className="secondary" onClick={props.onAnalyse}>
        Capture again
      </button>
    </section>
  );
}
