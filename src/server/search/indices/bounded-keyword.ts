import 'server-only';

/**
 * Keyword fields that hold text from users or credentials carry `ignore_above`: a longer value is kept in
 * `_source` but not indexed as a term, instead of Lucene refusing the whole document (a term over 32,766
 * UTF-8 bytes does). Both bounds stay under that limit even at four bytes a character. Import caps text
 * lengths well below these, so in practice nothing is dropped; the bound is the last line, not the rule.
 */
export const NAME_KEYWORD_CHARS = 1024;
/** Identifiers and keys built from them (an achievement key is issuer id + achievement id, both URLs). */
export const ID_KEYWORD_CHARS = 4096;

/** A keyword field for names, places, levels: user text. */
export const nameKeyword = { type: 'keyword', ignore_above: NAME_KEYWORD_CHARS } as const;
/** A keyword field for identifiers and codes that come from credentials or users. */
export const idKeyword = { type: 'keyword', ignore_above: ID_KEYWORD_CHARS } as const;
