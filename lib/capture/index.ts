/** Article capture: pure DOM code, usable in a content script, in Node with jsdom, and in tests. */
export { captureArticle, DEFAULT_MAX_ELEMS_TO_PARSE, type CaptureArticleOptions } from './capture-article';
export { captureSelection, type CaptureSelectionOptions } from './capture-selection';
export { DEFAULT_MAX_CHARS, MESSAGES as CAPTURE_MESSAGES } from './capture-outcome';
export {
  articleTextFromHtml,
  articleTextFromNode,
  normalisePlainText,
  PARAGRAPH_BREAK,
  truncateText,
} from './article-text';
export { findPublishedDate, parseDateAsWritten, type PublishedDate } from './published-date';
export { readPageMetadata, type PageMetadata } from './page-metadata';
