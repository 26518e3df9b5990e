/**
 * Text that arrives in chunks and leaves in pieces from the front. V8 copies the whole of a
 * string built with `+=` each time a slice is taken of it, so a buffer grown chunk by chunk
 * and cut into pieces costs time in proportion to the buffer for every piece. The chunks are
 * kept as they came instead, and only a piece that spans two of them is joined.
 */
export class TextQueue {
  private parts: string[] = [];
  length = 0;

  push(text: string): void {
    if (text === '') return;
    this.parts.push(text);
    this.length += text.length;
  }

  unshift(text: string): void {
    if (text === '') return;
    this.parts.unshift(text);
    this.length += text.length;
  }

  /** The first `count` characters, left in the queue. */
  peek(count: number): string {
    const pieces: string[] = [];
    for (let i = 0, left = count; left > 0 && i < this.parts.length; i++) {
      const part = this.parts[i]!;
      pieces.push(part.length <= left ? part : part.slice(0, left));
      left -= part.length;
    }
    return pieces.length === 1 ? pieces[0]! : pieces.join('');
  }

  /** The first `count` characters, taken out of the queue. */
  take(count: number): string {
    const text = this.peek(count);
    let left = count;
    while (left > 0 && this.parts.length > 0) {
      const part = this.parts[0]!;
      if (part.length > left) {
        this.parts[0] = part.slice(left);
        break;
      }
      this.parts.shift();
      left -= part.length;
    }
    this.length -= text.length;
    return text;
  }
}
