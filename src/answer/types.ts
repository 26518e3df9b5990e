/** One source of an answer; the JSON shape of `ask --json` (the README's "Asking questions"). */
export interface AnswerSource {
  doc: string;
  section: string;
  /** The document's title. */
  title: string;
  /** The section's heading. */
  heading: string;
  /** Fuse.js's convention: 0 is a perfect match, 1 no match at all. */
  score: number;
  /** A link to the section, when the deployment has a docs base URL. */
  url?: string;
}

export interface AskResult {
  question: string;
  confident: boolean;
  answer: string;
  /** Best first. When not confident: the closest topics, possibly none. */
  sources: AnswerSource[];
}
