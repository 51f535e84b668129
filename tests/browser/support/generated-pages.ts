/** Bad-input pages for the browser tests, written here rather than copied from any real site. */

const PARAGRAPH =
  'Local officials said the convoy reached the river crossing before dawn, and that residents of the two ' +
  'nearby villages were told to stay indoors while engineers cleared the road. A spokesman for the ' +
  'provincial council said talks on the ceasefire would continue next week, although neither side has ' +
  'confirmed who will attend. Aid groups said the crossing had been closed for eleven days.';

function articlePage(options: { head?: string; paragraphs: number; title: string }): string {
  const body = Array.from({ length: options.paragraphs }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join(
    '\n',
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title} | Test Herald</title>
<meta property="og:site_name" content="Test Herald">${options.head ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>${options.title}</h1>${body}</article><footer>© Test Herald</footer></body></html>`;
}

export const GENERATED_PAGES: Record<string, () => string> = {
  /** A site's sign-in page: navigation and a form, no article. */
  'no-article': () => `<!doctype html><html lang="en"><head><title>Sign in | Test Herald</title></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><h1>Sign in</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label>
<button>Sign in</button></form><p>Forgot your password?</p></main><footer>© Test Herald</footer></body></html>`,

  empty: () => '<!doctype html><html><head><title></title></head><body></body></html>',

  /**
   * An article whose own script locks up the page for 25 s as soon as an analysis is asked for:
   * longer than the test build's 15 s page deadline.
   */
  frozen: () =>
    articlePage({
      title: 'A page that freezes',
      paragraphs: 6,
      head: `<script>
  window.addEventListener('message', (event) => {
    if (event.data?.source !== 'conflict-reader-test') return;
    setTimeout(() => { const end = Date.now() + 25_000; while (Date.now() < end); }, 0);
  });
</script>`,
    }),

  /** About 5 MB of article text. */
  huge: () => articlePage({ title: 'A very long report', paragraphs: 13_000 }),

  /**
   * About 5 MB of article text whose own script follows a link as soon as it has been read: reading
   * it holds up the page's main thread for a second or more, and the first timer to run after such
   * a stall (once an analysis was asked for) goes to another page, while the background is still
   * finding the mentions.
   */
  'leaves-when-read': () =>
    articlePage({
      title: 'A report the reader leaves',
      paragraphs: 13_000,
      head: `<script>
  window.addEventListener('message', (event) => {
    if (event.data?.source !== 'conflict-reader-test' || event.data.command !== 'analyse') return;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      if (now - last > 800) {
        clearInterval(tick);
        location.href = '/generated/no-article.html';
      }
      last = now;
    }, 20);
  });
</script>`,
    }),

  'future-date': () =>
    articlePage({
      title: 'Report with a date from the future',
      paragraphs: 6,
      head:
        '<meta property="article:published_time" content="2099-05-01T10:00:00Z">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-05T08:00:00Z"}</script>',
    }),

  'unparseable-date': () =>
    articlePage({
      title: 'Report with a meaningless date',
      paragraphs: 6,
      head: '<meta property="article:published_time" content="sometime last spring">',
    }),

  /**
   * Article text that looks like markup, look-alike and invisible Unicode, and a page script that
   * tries to reach the extension's data and UI.
   */
  hostile:
    () => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile | Test Herald</title>
<script>
  window.__pwned = false;
  // The overlay's old host name, claimed first: its constructor must never run.
  customElements.define('conflict-reader-overlay', class extends HTMLElement {
    constructor() { super(); window.__pwned = true; }
  });
  window.__probe = (async () => {
    const overlay = document.querySelector('[data-conflict-reader-overlay]');
    const names = (await indexedDB.databases?.())?.map((d) => d.name) ?? [];
    return { overlayShadow: overlay ? overlay.shadowRoot === null : null, databases: names, runtime: typeof chrome !== 'undefined' && !!chrome.runtime?.id };
  });
</script></head>
<body><article><h1>Shelling reported near the river</h1>
<p>Witnesses said &lt;img src=x onerror="window.__pwned=true"&gt; and &lt;script&gt;window.__pwned=true&lt;/script&gt; were written on walls in Dаmascus as shelling continued overnight, according to residents.</p>
<p>${PARAGRAPH}</p>
<p>Officials in \u202eKharkiv\u202c said two people were wounded\u200b in the attack on Monday, and that repairs would take several days.</p>
<p>${PARAGRAPH}</p></article></body></html>`,

  'broken-html': () =>
    `<!doctype html><html><head><title>Broken page</title></head><body><div><article><h1>Broken page</h1>
<p>${PARAGRAPH}<p>${PARAGRAPH}</div></div></span><p>${PARAGRAPH}<table><tr><td>${PARAGRAPH}</article>`,
};
