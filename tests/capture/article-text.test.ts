// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  articleTextFromHtml,
  articleTextFromNode,
  normalisePlainText,
  truncateText,
} from '../../lib/capture';

const NBSP = '\u00a0';
const text = (html: string) => articleTextFromHtml(html, document);

describe('articleTextFromHtml: paragraphs', () => {
  it('separates block elements with exactly one blank line', () => {
    expect(text('<h2>Harbour reopens</h2><p>Boats left at noon.</p><p>More followed.</p>')).toBe(
      'Harbour reopens\n\nBoats left at noon.\n\nMore followed.',
    );
  });

  it('turns <br> into a single newline and a double <br> into a paragraph break', () => {
    expect(text('<p>First line<br>second line<br><br>new paragraph</p>')).toBe(
      'First line\nsecond line\n\nnew paragraph',
    );
  });

  it('makes list items, quotes and table rows paragraphs of their own', () => {
    expect(
      text(
        '<ul><li>Bread</li><li>Salt</li></ul><blockquote>We waited.</blockquote>' +
          '<table><tr><th>Town</th><th>Count</th></tr><tr><td>North</td><td>12</td></tr></table>',
      ),
    ).toBe('Bread\n\nSalt\n\nWe waited.\n\nTown | Count\n\nNorth | 12');
  });

  it('keeps the text of a div that holds text directly, split around its child blocks', () => {
    expect(text('<div>Loose text before <div><p>Inner paragraph.</p></div> and after.</div>')).toBe(
      'Loose text before\n\nInner paragraph.\n\nand after.',
    );
  });

  it('keeps inline elements inside their paragraph without adding spaces', () => {
    expect(text('<p>The <a href="/x">ferry</a> left <em>early</em>; the <b>b</b>us did not.</p>')).toBe(
      'The ferry left early; the bus did not.',
    );
  });

  it('keeps <pre> line breaks but still one paragraph', () => {
    expect(text('<p>Before.</p><pre>line one\n  line two\n\n\nline three   </pre><p>After.</p>')).toBe(
      'Before.\n\nline one\n  line two\nline three\n\nAfter.',
    );
  });
});

describe('articleTextFromHtml: white space and characters', () => {
  it('collapses runs of ASCII white space inside a paragraph', () => {
    expect(text('<p>  The   market\n\t opened\r\n late.  </p>')).toBe('The market opened late.');
  });

  it('keeps non-breaking spaces and curly apostrophes exactly', () => {
    const out = text(`<p>Route&nbsp;7 was the farmers’ road –&nbsp; and it still is.</p>`);
    expect(out).toBe(`Route${NBSP}7 was the farmers’ road –${NBSP} and it still is.`);
    expect(out).toContain('\u2019');
  });

  it('drops paragraphs that are only non-breaking spaces', () => {
    expect(text('<p>One.</p><p>&nbsp;&nbsp;</p><p>Two.</p>')).toBe('One.\n\nTwo.');
  });
});

describe('articleTextFromHtml: what is left out', () => {
  it('drops script, style, noscript and template contents', () => {
    const out = text(
      '<p>Visible.</p><script>var hidden = 1;</script><style>p{color:red}</style>' +
        '<noscript>Enable JavaScript</noscript><template><p>Template text</p></template>',
    );
    expect(out).toBe('Visible.');
  });

  it('drops figures with no text and media placeholders, but keeps captions', () => {
    expect(
      text(
        '<p>Start.</p><figure><img src="a.jpg"></figure><figure><div>Video</div></figure>' +
          '<figure><img src="b.jpg"><figcaption>The bridge after the flood.</figcaption></figure><p>End.</p>',
      ),
    ).toBe('Start.\n\nThe bridge after the flood.\n\nEnd.');
  });

  it('drops elements marked hidden', () => {
    expect(text('<p>Shown.</p><p hidden>Not shown.</p>')).toBe('Shown.');
  });

  it('drops ad labels between paragraphs', () => {
    expect(text('<p>One.</p><p>Advertisement</p><div>ADVERTISEMENT</div><p>Two.</p>')).toBe('One.\n\nTwo.');
  });

  it('drops a trailing comment section and template lines', () => {
    const article =
      '<p>The council met for three hours and agreed on a new budget for the clinic.</p>'.repeat(3);
    const out = text(
      `${article}<p>Related Articles</p><h2>Leave a Reply</h2><p>Your email address will not be published.</p>` +
        '<p>Nice write-up, thanks.</p><h2>Back to top button</h2>',
    );
    expect(out).not.toMatch(/Related Articles|Leave a Reply|email address|Nice write-up|Back to top/);
    expect(out.endsWith('budget for the clinic.')).toBe(true);
  });

  it('keeps prose that merely mentions those words', () => {
    const out = text(
      '<p>Leave a reply on the form, the clerk said, and the council will answer within a week.</p>' +
        '<p>The advertisement ran for a month.</p>',
    );
    expect(out).toBe(
      'Leave a reply on the form, the clerk said, and the council will answer within a week.\n\n' +
        'The advertisement ran for a month.',
    );
  });
});

describe('articleTextFromHtml: robustness', () => {
  it('handles very deep nesting without overflowing the stack', () => {
    // Built bottom-up with DOM calls on a detached tree: jsdom's own parser and top-down appends
    // recurse once per ancestor, so they cannot build this at all.
    let nested: Node = document.createTextNode('Deep text.');
    for (let depth = 0; depth < 20_000; depth++) {
      const span = document.createElement('span');
      span.appendChild(nested);
      nested = span;
    }
    const root = document.createElement('div');
    root.append(nested, document.createElement('p'), 'Tail.');
    expect(articleTextFromNode(root)).toBe('Deep text.\n\nTail.');
  });

  it('returns an empty string for markup without text', () => {
    expect(text('<div><img src="x.png"><br></div>')).toBe('');
  });
});

describe('normalisePlainText', () => {
  it('keeps blank-line paragraphs and single line breaks, collapses other white space', () => {
    expect(normalisePlainText('  Para   one\r\nstill one \n\n\n  Para\ttwo  ')).toBe(
      'Para one\nstill one\n\nPara two',
    );
  });

  it('keeps non-breaking spaces', () => {
    expect(normalisePlainText(`A${NBSP}B  C`)).toBe(`A${NBSP}B C`);
  });
});

describe('truncateText', () => {
  it('leaves short text alone', () => {
    expect(truncateText('Short.', 100)).toEqual({ text: 'Short.', truncated: false });
  });

  it('cuts at a paragraph boundary when one is near', () => {
    const input = 'First paragraph here.\n\nSecond paragraph that is longer.';
    expect(truncateText(input, 40)).toEqual({ text: 'First paragraph here.', truncated: true });
  });

  it('cuts at a word boundary otherwise', () => {
    const result = truncateText('alpha beta gamma delta epsilon', 14);
    expect(result).toEqual({ text: 'alpha beta', truncated: true });
  });
});
