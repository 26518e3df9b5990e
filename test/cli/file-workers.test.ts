import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { fileInWorkers, workerCount } from '../../src/cli/file-workers.js';
import type { CliIo } from '../../src/cli/io.js';
import type { PreparedPiece } from '../../src/registry/prepare-piece.js';
import { benchStream } from '../bench/review-bench.js';
import { tempDir } from '../registry/helpers.js';
import { yamlList } from '../support/yaml-list.js';

const MB = 1024 * 1024;

describe('workerCount', () => {
  it('takes INGEST_ADVISOR_WORKERS as given, 0 included, whatever the size', () => {
    expect(workerCount('review', 3, 10)).toBe(3);
    expect(workerCount('import', 0, 500 * MB)).toBe(0);
  });

  it('by default uses none for a small file, and for a large one a worker per core (up to 4), one for an import', () => {
    expect(workerCount('review', undefined, 1 * MB)).toBe(0);
    const cores = availableParallelism();
    expect(workerCount('review', undefined, 100 * MB)).toBe(cores > 1 ? Math.min(cores, 4) : 0);
    expect(workerCount('import', undefined, 100 * MB)).toBe(cores > 1 ? 1 : 0);
  });
});

describe('fileInWorkers', () => {
  const io = (cwd: string): CliIo => ({ stdout: { write: () => true }, stderr: { write: () => true }, stdin: Readable.from([]), env: {}, cwd });

  it('leaves standard input, and a small file by default, to the reader in order', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'small.yaml'), yamlList([benchStream(0)]));
    expect(await fileInWorkers('-', { task: 'import' }, io(cwd), { INGEST_ADVISOR_WORKERS: '2' })).toBeNull();
    expect(await fileInWorkers('small.yaml', { task: 'import' }, io(cwd), {})).toBeNull();
  });

  it('gives the outcomes of a file\'s pieces when workers are asked for, and stops its threads when stopped', async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'streams.yaml'), yamlList(Array.from({ length: 1_000 }, (_, i) => benchStream(i))));
    const outcomes = await fileInWorkers<PreparedPiece>('streams.yaml', { task: 'import' }, io(cwd), { INGEST_ADVISOR_WORKERS: '1' });
    const first = await outcomes!.next();
    expect(first.done).toBe(false);
    expect((first.value as PreparedPiece).streams[0]!.name).toBe('Stream 0');
    expect(await outcomes!.return(false)).toEqual({ done: true, value: false });
  });
});
