/**
 * How the advisor answered (the `band` of `ask --json`): `answer` when it is confident,
 * `clarify` when two or three sections are a close call and it asks which was meant,
 * `unknown` when nothing in the knowledge base matches well enough.
 */
export const ANSWER_BANDS = ['answer', 'clarify', 'unknown'] as const;
export type AnswerBand = (typeof ANSWER_BANDS)[number];

/** One source of an answer; the JSON shape of `ask --json` (the README's "Asking questions"). */
export interface AnswerSource {
  doc: string;
  section: string;
  /** The document's title. */
  title: string;
  /** The section's heading. */
  heading: string;
  /** How well the section matches the question, 0 (not at all) to 1; sources are shown highest first. */
  score: number;
  /** A link to the section, when the deployment has a docs base URL. */
  url?: string;
}

export interface AskResult {
  question: string;
  band: AnswerBand;
  /** Exactly when `band` is `answer`. */
  confident: boolean;
  /** The passage that answers (band `answer`), the "did you mean" question (`clarify`), or a short "I don't know" (`unknown`). */
  answer: string;
  /** Highest score first: an answer's sources, a clarify's two or three choices, or up to three nearest topics. */
  sources: AnswerSource[];
}
