/**
 * A small XML well-formedness check for tests (no XML parser is a dependency): balanced,
 * properly nested elements, quoted attributes, and no raw `<` or stray `&` in text.
 * Returns the element names in document order.
 */
export function checkWellFormed(xml: string): string[] {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  const names: string[] = [];
  let consumed = 0;
  for (let match = token.exec(body); match; match = token.exec(body)) {
    consumed = token.lastIndex;
    const [, closing, name, attrs, selfClosing, text] = match;
    const content = text ?? attrs ?? '';
    if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(content)) throw new Error(`stray & in ${content.slice(0, 40)}`);
    if (text !== undefined) {
      if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
      continue;
    }
    if (closing) {
      if (stack.pop() !== name) throw new Error(`</${name}> closes the wrong element`);
    } else {
      names.push(name!);
      if (!selfClosing) stack.push(name!);
    }
  }
  if (consumed !== body.length) throw new Error(`unparsable XML at ${body.slice(consumed, consumed + 40)}`);
  if (stack.length > 0) throw new Error(`unclosed ${stack.join(', ')}`);
  return names;
}
