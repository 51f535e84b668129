/**
 * One article, read once: its tokens, sentences and paragraphs, computed when extraction starts,
 * with what every finder needs to know about the article (its headline, language, publication
 * date and the countries it is about). Finders read the Doc; none tokenises or splits the text
 * again, so the words, sentences and paragraphs mean the same in every one of them (the way a
 * spaCy Doc is shared by the components of its pipeline).
 */
import { DEFAULT_LANGUAGE, lexiconFor, type Lexicon, type LexiconFolders } from '../lexicon/lexicon';
import { splitSentences, type Span } from '../text/sentences';
import { tokenize, type Token } from '../text/tokenize';

/** A sentence: character offsets, and the tokens inside it as [firstToken, endToken). */
export interface Sentence extends Span {
  firstToken: number;
  endToken: number;
  /** Index into `Doc.paragraphs`. */
  paragraph: number;
}

/** A paragraph is a line of the text (captured articles put each paragraph on a line of its own). */
export interface Paragraph extends Span {
  firstToken: number;
  endToken: number;
  /** Sentences of the paragraph, as [firstSentence, endSentence) into `Doc.sentences`. */
  firstSentence: number;
  endSentence: number;
  /** A headline or subheading: title case (see isHeadingLine). */
  heading: boolean;
}

export interface DocInput {
  text: string;
  /** The headline the capture read from the page (its title), when it is known. */
  title?: string | null;
  /** `YYYY-MM-DD`: the reference for "on Wednesday", "today". */
  publishedAt: string | null;
  /** BCP 47 language of the article, when the capture knows it: it picks the lexicon (English without one). */
  lang?: string | null;
}

export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  /** The sentence and the paragraph each token belongs to (by token index). */
  readonly sentenceOfToken: Int32Array;
  readonly paragraphOfToken: Int32Array;
  readonly headline: string | null;
  /** Primary language subtag ("en"), lower case. */
  readonly language: string;
  /** The word lists of the article's language (English when there are none for it). */
  readonly lexicon: Lexicon;
  readonly publishedAt: string | null;
  /**
   * The countries the article is about, most likely first (ISO 3166-1 alpha-2). Empty until the
   * places finder has read the place names: its focus pass ranks them, and every later finder
   * (actors' framing, events) reads them from here.
   */
  focusCountries: readonly string[];
}

/** The Doc of an article; `lexicons` are the language folders to read it with (the shipped ones by default). */
export function buildDoc(input: DocInput, lexicons?: LexiconFolders): Doc {
  const { text } = input;
  const language = (input.lang ?? DEFAULT_LANGUAGE).toLowerCase().split('-')[0] || DEFAULT_LANGUAGE;
  const lexicon = lexiconFor(language, lexicons);
  const tokens = tokenize(text);
  const paragraphs = paragraphSpans(text);
  const sentences: Sentence[] = [];
  const paragraphList: Paragraph[] = [];
  let tokenAt = 0;
  for (const [p, span] of paragraphs.entries()) {
    const firstSentence = sentences.length;
    const firstToken = tokenAt;
    for (const sentence of splitSentences(text.slice(span.start, span.end), lexicon.text)) {
      const start = span.start + sentence.start;
      const end = span.start + sentence.end;
      const sentenceFirst = tokenAt;
      while (tokenAt < tokens.length && (tokens[tokenAt] as Token).start < end) tokenAt++;
      sentences.push({ start, end, firstToken: sentenceFirst, endToken: tokenAt, paragraph: p });
    }
    paragraphList.push({
      ...span,
      firstToken,
      endToken: tokenAt,
      firstSentence,
      endSentence: sentences.length,
      heading: isHeadingLine(text, tokens.slice(firstToken, tokenAt)),
    });
  }
  const sentenceOfToken = new Int32Array(tokens.length);
  const paragraphOfToken = new Int32Array(tokens.length);
  for (const [s, sentence] of sentences.entries()) {
    sentenceOfToken.fill(s, sentence.firstToken, sentence.endToken);
    paragraphOfToken.fill(sentence.paragraph, sentence.firstToken, sentence.endToken);
  }
  return {
    text,
    tokens,
    sentences,
    paragraphs: paragraphList,
    sentenceOfToken,
    paragraphOfToken,
    headline: input.title?.trim() || null,
    language,
    lexicon,
    publishedAt: input.publishedAt,
    focusCountries: [],
  };
}

/** Share of a line's words of four letters or more written with a capital for it to be a headline. */
const HEADING_CAPITALS = 0.75;

/**
 * A headline or subheading: a line in title case without a closing full stop ("Forces Advance in
 * Southern Damascus"), which sums up what the paragraphs below it report (no event of its own)
 * and whose capitals are no sign of names.
 */
function isHeadingLine(text: string, tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || /^[.!?…"”]$/.test(text.slice(last.start, last.end))) return false;
  let words = 0;
  let capitalised = 0;
  for (const token of tokens) {
    if (!token.isWord || token.end - token.start <= 3) continue;
    words++;
    if (token.capitalised) capitalised++;
  }
  return words >= 3 && capitalised / words >= HEADING_CAPITALS;
}

/** Lines with something on them, trimmed. */
function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    let start = line.index;
    let end = start + line[0].length;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}
