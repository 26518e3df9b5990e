/** A JSON object or array being scanned: its path, and for an object the keys seen so far. */
interface Frame {
  path: string;
  keys: Set<string> | null;
  /** The latest key (object) or element index (array): where a nested value sits. */
  key: string;
  index: number;
}

function childPath(frame: Frame | undefined): string {
  if (!frame) return '';
  if (frame.keys) return frame.path === '' ? frame.key : `${frame.path}.${frame.key}`;
  return `${frame.path}[${frame.index}]`;
}

function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function isKey(text: string, afterString: number): boolean {
  for (let i = afterString; i < text.length; i++) {
    const c = text[i]!;
    if (c === ':') return true;
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') return false;
  }
  return false;
}

/**
 * The path of the first key that appears twice in one JSON object, or null. `JSON.parse`
 * silently keeps the last of two, and a review must not guess which one was meant. One pass:
 * strings are skipped whole, objects and arrays tracked on a stack. Assumes valid JSON.
 */
export function findDuplicateJsonKey(text: string): string | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (top?.keys && isKey(text, end + 1)) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        top.key = key;
        if (top.keys.has(key)) return childPath(top);
        top.keys.add(key);
      }
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push({ path: childPath(top), keys: c === '{' ? new Set() : null, key: '', index: 0 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top && !top.keys) {
      top.index++;
    }
  }
  return null;
}
