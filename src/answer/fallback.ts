/** What the advisor says when nothing matches well enough: one plain sentence. */
export const UNKNOWN_ANSWER = "I don't know that one: nothing in the ingestion knowledge base answers it well enough.";

/** The "did you mean" question of a close call, naming the two or three sections it could be. */
export function clarifyQuestion(headings: readonly string[]): string {
  const quoted = headings.map((h) => `"${h}"`);
  const last = quoted.pop();
  return `Did you mean ${quoted.length > 0 ? `${quoted.join(', ')} or ${last}` : last}?`;
}
