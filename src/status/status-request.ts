/** `status Web orders`, `status "Web orders"`: a question ends with "?", a status request does not. */
const STATUS = /^status\b\s*(.*?)\s*$/is;

/**
 * The stream a chat message asks the status of (`''` for `status` alone), or null when the
 * message is not a status request. "status of my stream?" stays a question for the advisor.
 */
export function statusRequest(text: string): string | null {
  const match = STATUS.exec(text.trim());
  if (!match || text.trim().endsWith('?')) return null;
  return match[1]!.replace(/^["“']|["”']$/g, '').trim();
}
