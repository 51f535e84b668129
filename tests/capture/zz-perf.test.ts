import { JSDOM } from 'jsdom';
import { it } from 'vitest';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { captureArticle } from '../../lib/capture';
const PARAGRAPH =
  'Local officials said the convoy reached the river crossing before dawn, and that residents of the two ' +
  'nearby villages were told to stay indoors while engineers cleared the road. A spokesman for the ' +
  'provincial council said talks on the ceasefire would continue next week, although neither side has ' +
  'confirmed who will attend. Aid groups said the crossing had been closed for eleven days.';
it('perf', () => {
  const body = Array.from({ length: 13000 }, (_, i) => `<p>${i + 1}. ${PARAGRAPH}</p>`).join('\n');
  const html = `<!doctype html><html lang="en"><head><title>Huge | Test Herald</title></head><body><article><h1>Huge</h1>${body}</article></body></html>`;
  console.log('html chars', html.length);
  let t = performance.now();
  const dom = new JSDOM(html, { url: 'https://example.org/huge' });
  console.log('jsdom parse', performance.now() - t);
  const doc = dom.window.document;
  t = performance.now(); isProbablyReaderable(doc); console.log('readerable', performance.now() - t);
  t = performance.now(); const clone = doc.cloneNode(true) as Document; console.log('clone', performance.now() - t);
  t = performance.now(); const r = new Readability<Node>(clone, { serializer: (n) => n }).parse(); console.log('readability', performance.now() - t, r?.length);
  t = performance.now();
  const res = captureArticle(doc, { url: 'https://example.org/huge' });
  console.log('capture total', performance.now() - t, res.ok, res.durationMs, res.ok ? [res.text.length, res.warnings] : res);
});
