/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a substring
 * of 13 characters or more as a view into its parent, so a stream name kept from a parsed
 * piece of a file would keep the whole piece alive, and a map of 300,000 names the whole file.
 */
export function detached(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
