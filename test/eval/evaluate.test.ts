import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestions } from './evaluate.js';

function setFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'eval-set-')), 'questions.jsonl');
  writeFileSync(file, text);
  return file;
}

describe('loading an evaluation set', () => {
  it('names the file and the line of a line that is not JSON, counting blank lines', () => {
    const file = setFile('{"q": "upsert deletes", "expect": ["refresh-modes"], "kind": "fragment"}\n\n{not json\n');
    expect(() => loadQuestions(file)).toThrow(`${file} line 3: not a JSON object`);
  });

  it('names the file, the line and the field of a line that breaks the schema', () => {
    const file = setFile('{"q": "upsert deletes", "expect": ["refresh-modes"], "kind": "rant"}\n');
    expect(() => loadQuestions(file)).toThrow(/line 1: .*at kind/s);
  });

  it('reads every question of a good set', () => {
    const file = setFile('{"q": "upsert deletes", "expect": ["refresh-modes"], "kind": "fragment"}\n{"q": "weather", "expect": [], "kind": "off-topic"}\n');
    expect(loadQuestions(file).map((q) => q.q)).toEqual(['upsert deletes', 'weather']);
  });
});
