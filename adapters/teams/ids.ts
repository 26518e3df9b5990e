/**
 * The verbs of the cards' buttons. Teams sends a verb back in an Action.Execute invoke, or in
 * `value.verb` of an Action.Submit message; renderers and handlers must agree on them.
 */
export const VERB = {
  feedback: 'answer.feedback',
  /** A section picked from a "did you mean" or from the nearest topics of an "I don't know". */
  topic: 'answer.topic',
  openForm: 'review.open',
  submitForm: 'review.submit',
  answer: 'review.answer',
  showNow: 'review.show',
  record: 'review.record',
  digestReview: 'digest.review',
  /** Asks the advisor about a stream not landing (the digest and `status`). */
  landingAsk: 'landing.ask',
} as const;

export type Verb = (typeof VERB)[keyof typeof VERB];

/** The message words the bot understands; the manifest's command list names the same. */
export const COMMAND = {
  review: 'ingest-review',
  digest: 'digest',
  status: 'status',
  help: 'help',
} as const;

/** The input ids of the review form that are not description keys. */
export const OTHER_USES_INPUT = 'usesOther';
