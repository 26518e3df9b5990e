/**
 * Slack's documented Block Kit limits (docs.slack.dev/reference/block-kit). Renderers cut to
 * these, because Slack rejects a whole message (`invalid_blocks`) for one field too long.
 */
export const LIMITS = {
  messageBlocks: 50,
  modalBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  optionText: 75,
  optionValue: 150,
  selectOptions: 100,
  inputLabel: 2000,
  hint: 2000,
  placeholder: 150,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  id: 255,
  /** A message's `text` (the notification and fallback); Slack truncates above 40,000. */
  messageText: 4000,
  /** A field error shown under an input in a modal. */
  fieldError: 300,
} as const;
