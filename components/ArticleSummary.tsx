import { useState } from 'react';
import type { Article } from '@/lib/schema';
import { Disclosure } from './Disclosure';

const SOURCE_LABEL: Record<NonNullable<Article['publishedAtSource']>, string> = {
  'article:published_time': 'page metadata',
  'json-ld': 'structured data',
  'time-element': 'date on the page',
  user: 'entered by you',
};

/**
 * A captured article: its title and source, and folded under them its facts and text. Page text
 * is only ever rendered as text, never as HTML.
 */
export function ArticleSummary({ article }: { article: Article }) {
  // The title says which article this is; its facts and text (long) wait until asked for.
  const [open, setOpen] = useState(false);
  const paragraphs = article.text.split(/\n{2,}/).filter((p) => p.trim());
  return (
    <article className="article" aria-label="Captured article">
      <header>
        <h2 className="article-title">{article.title || 'Untitled article'}</h2>
        <p className="article-meta">
          {[article.siteName, article.byline].filter(Boolean).join(' · ') || new URL(article.url).hostname}
          {/* Relative dates ("on Tuesday") are read from the published date: it stays in sight. */}
          {article.publishedAt && ` · published ${article.publishedAt.slice(0, 10)}`}
        </p>
        {article.warnings.length > 0 && (
          <ul className="warnings" aria-label="Capture warnings">
            {article.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
      </header>
      <Disclosure label="Article details and text" open={open} onToggle={setOpen}>
        <dl className="article-facts">
          <dt>Published</dt>
          <dd>
            {article.publishedAt ? (
              <>
                <time dateTime={article.publishedAt}>{article.publishedAt}</time>{' '}
                {article.publishedAtSource && (
                  <span className="muted">(from {SOURCE_LABEL[article.publishedAtSource]})</span>
                )}
              </>
            ) : (
              <span className="muted">unknown</span>
            )}
          </dd>
          <dt>Length</dt>
          <dd>
            {article.wordCount.toLocaleString()} words · {paragraphs.length} paragraphs
          </dd>
          {article.lang && (
            <>
              <dt>Language</dt>
              <dd>{article.lang}</dd>
            </>
          )}
          <dt>Captured</dt>
          <dd>{new Date(article.capturedAt).toLocaleString()}</dd>
        </dl>
        <section className="article-text" aria-label="Article text">
          {paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      </Disclosure>
    </article>
  );
}
