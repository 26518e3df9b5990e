import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/errors.js';
import { tokenizeChatText } from '../../../src/review/input/tokenize.js';

describe('tokenizeChatText', () => {
  it('splits on any whitespace', () => {
    expect(tokenizeChatText('  a=1\tb=2\n c=3  ')).toEqual(['a=1', 'b=2', 'c=3']);
    expect(tokenizeChatText('')).toEqual([]);
  });

  it('keeps spaces inside a quoted value', () => {
    expect(tokenizeChatText('name="Web orders" owner=\'Data team\'')).toEqual(['name=Web orders', 'owner=Data team']);
    expect(tokenizeChatText('"name=Web orders"')).toEqual(['name=Web orders']);
  });

  it('reads the curly quotes chat clients type', () => {
    expect(tokenizeChatText('name=“Web orders” owner=‘Data team’')).toEqual(['name=Web orders', 'owner=Data team']);
  });

  it('keeps an apostrophe inside a word as a letter', () => {
    expect(tokenizeChatText("owner=O'Brien name=Jo's")).toEqual(["owner=O'Brien", "name=Jo's"]);
  });

  it('keeps = inside a value and escapes inside quotes', () => {
    expect(tokenizeChatText('sourceSystem="a=b c" name="say \\"hi\\""')).toEqual(['sourceSystem=a=b c', 'name=say "hi"']);
  });

  it('keeps an empty quoted value as an empty value', () => {
    expect(tokenizeChatText('owner="" name=x')).toEqual(['owner=', 'name=x']);
  });

  it('keeps unicode, including characters outside the basic plane', () => {
    expect(tokenizeChatText('name="Été 🛒 日本"')).toEqual(['name=Été 🛒 日本']);
  });

  it('rejects a quote that never closes, saying where it opened', () => {
    expect(() => tokenizeChatText('name="Web orders')).toThrow(InputError);
    expect(() => tokenizeChatText('name="Web orders')).toThrow(/character 6/);
  });

  it('counts that position in characters, an emoji as one', () => {
    expect(() => tokenizeChatText('🛒 name="Web orders')).toThrow(/character 8/);
  });

  it('splits on whitespace beyond ASCII, as chat clients insert it', () => {
    expect(tokenizeChatText('a=1\u00a0b=2\u3000c=3\u2028d=4')).toEqual(['a=1', 'b=2', 'c=3', 'd=4']);
  });

  it('opens a quote right after an empty quoted one, and escapes a character outside the basic plane', () => {
    expect(tokenizeChatText(`name=""'Web orders'`)).toEqual(['name=Web orders']);
    expect(tokenizeChatText('name="\\🛒 \\"x"')).toEqual(['name=🛒 "x']);
  });
});
