/**
 * Words that only colour a question ("what *exactly* is…", "pls"): the word view and the
 * definition reader drop them (word-query.ts), and they are stop words for the topic view.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set(
  `exactly precisely literally honestly seriously definitely certainly totally actually basically really just simply anyway
  anyways btw fyi maybe perhaps somehow whatever please pls plz`.split(/\s+/).filter(Boolean),
);
