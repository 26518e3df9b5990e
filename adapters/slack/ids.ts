/**
 * The ids Slack sends back in interaction payloads: the manifest, the renderers and the
 * listeners must agree on them. Ids ending in `:` get an index, since an action id must be
 * unique within its block.
 */
export const COMMAND = '/ingest-review';

export const ACTION = {
  helpful: 'answer_helpful',
  notHelpful: 'answer_not_helpful',
  /** A section picked from a "did you mean" or from the nearest topics of an "I don't know". */
  topic: 'answer_topic:',
  openReview: 'review_open',
  choice: 'review_choice:',
  answer: 'review_answer',
  /** "Finish without answering": the checklist as the inputs given allow, no more questions. */
  showChecklist: 'review_show',
  /** "Edit in the form": the full form, pre-filled with the description so far. */
  editForm: 'review_edit',
  record: 'review_record',
  share: 'review_share',
  digestReview: 'digest_review',
  digestSnooze: 'digest_snooze',
  /** Asks the advisor about a stream not landing; answered in the thread of the message it sits on. */
  landingAsk: 'landing_ask',
  /** The same from a message only the clicker sees (a status card): answered privately. */
  landingAskPrivate: 'landing_ask_private',
} as const;

export const VIEW = {
  review: 'ingest_review',
  reviewInput: 'ingest_review_input',
  snooze: 'digest_snooze',
} as const;

/** An action id with an index, and the pattern Bolt matches them with. */
export const indexed = (prefix: string, index: number): string => `${prefix}${index}`;
export const indexedPattern = (prefix: string): RegExp => new RegExp(`^${prefix}\\d+$`);

/** The metadata event type marking a posted digest, so a restarted instance can find it. */
export const DIGEST_EVENT_TYPE = 'ingest_advisor_digest';
