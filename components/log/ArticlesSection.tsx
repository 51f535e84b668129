import { useLiveQuery } from 'dexie-react-hooks';
import { listArticles, type ConflictReaderDatabase } from '@/lib/storage';
import { WebLink } from './WebLink';

export function ArticlesSection({ db }: { db: ConflictReaderDatabase }) {
  const articles = useLiveQuery(() => listArticles(db), [db]);
  if (articles === undefined) return <p className="muted">Loading…</p>;
  if (articles.length === 0) {
    return (
      <section className="empty-state">
        <h2>No articles captured yet</h2>
        <p>Articles you analyse are listed here with their outlet and date.</p>
      </section>
    );
  }
  return (
    <section>
      <h2>Articles</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
            <th scope="col">Words</th>
            <th scope="col">Captured</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((article) => (
            <tr key={article.id}>
              <td>
                <WebLink url={article.url}>{article.title || article.url}</WebLink>
              </td>
              <td>{article.siteName ?? '—'}</td>
              <td>{article.publishedAt ?? '—'}</td>
              <td>{article.wordCount.toLocaleString()}</td>
              <td>{new Date(article.capturedAt).toLocaleDateString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
