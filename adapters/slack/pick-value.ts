/**
 * The value of a button that picks a section (a "did you mean" choice or a nearest topic): the
 * question it answers and the section, `42 gotchas#dlo-bloat`. Buttons posted before picks were
 * recorded carry the section alone; they still answer.
 */
export interface PickValue {
  questionId: number | null;
  ref: string;
}

const VALUE = /^(?:([1-9]\d{0,14}) )?([a-z0-9-]{1,80}#[a-z0-9-]{1,80})$/;

export function pickValue(questionId: number | null, ref: string): string {
  return questionId === null ? ref : `${questionId} ${ref}`;
}

/** The pick a button's value names, or null for one that is not a pick (a forged or mangled payload). */
export function readPickValue(value: string | undefined): PickValue | null {
  const match = value === undefined ? null : VALUE.exec(value);
  if (!match) return null;
  return { questionId: match[1] ? Number(match[1]) : null, ref: match[2]! };
}
