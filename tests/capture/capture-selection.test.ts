import { describe, expect, it } from 'vitest';
import { captureSelection } from '../../lib/capture';
import { CaptureResultSchema } from '../../lib/schema';

const URL = 'https://forum.example/thread/12';

describe('captureSelection', () => {
  it('normalises white space like page text and keeps paragraphs', () => {
    const result = CaptureResultSchema.parse(
      captureSelection('  The pumping station\u00a0failed   on Sunday.\r\n\r\n\r\nRepairs began\tMonday.  ', {
        url: URL,
        title: 'Water cuts in the old town',
        lang: 'en',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      text: 'The pumping station\u00a0failed on Sunday.\n\nRepairs began Monday.',
      metadata: {
        title: 'Water cuts in the old town',
        url: URL,
        lang: 'en',
        byline: null,
        siteName: null,
        canonicalUrl: null,
        publishedAt: null,
        publishedAtSource: null,
      },
      warnings: [],
    });
  });

  it('accepts even a short selection: the user chose it', () => {
    const result = captureSelection('Forgot your password?', { url: URL });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text).toBe('Forgot your password?');
  });

  it('derives a title from the text when the page gives none', () => {
    const result = captureSelection('Curfew lifted in the port city\n\nShops reopened.', {
      url: URL,
      title: '  ',
    });
    expect(result.ok && result.metadata.title).toBe('Curfew lifted in the port city');
  });

  it('fails clearly on an empty or white-space-only selection', () => {
    for (const text of ['', '   \n\t ', '\u00a0']) {
      const result = CaptureResultSchema.parse(captureSelection(text, { url: URL }));
      expect(result).toMatchObject({ ok: false, reason: 'empty-page' });
      if (!result.ok) expect(result.message).toMatch(/no text is selected/i);
    }
  });

  it('cuts a huge selection at maxChars with a warning', () => {
    const text = Array.from({ length: 50 }, (_, i) => `Paragraph ${i} of a long selection.`).join('\n\n');
    const result = captureSelection(text, { url: URL }, { maxChars: 200 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text.length).toBeLessThanOrEqual(200);
    expect(result.text.endsWith('of a long selection.')).toBe(true);
    expect(result.warnings).toHaveLength(1);
  });

  it('passes on a published date the caller found, with its source', () => {
    const result = captureSelection('Text.', {
      url: URL,
      publishedAt: '2024-02-03',
      publishedAtSource: 'json-ld',
    });
    expect(result.ok && result.metadata).toMatchObject({
      publishedAt: '2024-02-03',
      publishedAtSource: 'json-ld',
    });
  });
});
