import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PieceOutcome, WorkerSetup } from './tasks.js';

export interface PieceRequest {
  id: number;
  text: string;
}

export interface PieceReply {
  id: number;
  outcome: PieceOutcome | null;
}

/** tsx's loader API for `import` (its package's export of `./esm/api`), relative to its package.json. */
function tsxEsmApi(): string {
  const pkg = createRequire(import.meta.url)('tsx/package.json') as { exports: Record<string, { import: { default: string } }> };
  return pkg.exports['./esm/api']!.import.default;
}

/**
 * The worker's module: built JavaScript beside this file, or, when the advisor runs from its
 * TypeScript sources (its tests), the source, loaded through tsx's loader inside the thread.
 */
function workerScript(): { script: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./worker.js', import.meta.url), eval: false };
  const tsx = new URL(tsxEsmApi(), pathToFileURL(createRequire(import.meta.url).resolve('tsx/package.json'))).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(worker)}); });`, eval: true };
}

/**
 * Worker threads that do one task (`WorkerSetup`) on pieces of a list side by side; the caller
 * takes the outcomes back in the order it sent the pieces (see `readInParallel`). A worker
 * that fails fails every piece it holds.
 */
export class PieceWorkers<Outcome extends PieceOutcome> {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (outcome: Outcome | null) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(count: number, setup: WorkerSetup) {
    const script = workerScript();
    this.workers = Array.from({ length: count }, () => this.start(script, setup));
  }

  /** The outcome of one piece (null: it is to be read in order), from the next worker in turn. */
  run(text: string): Promise<Outcome | null> {
    const id = this.nextId++;
    const request: PieceRequest = { id, text };
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[id % this.workers.length]!.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private start({ script, eval: isCode }: ReturnType<typeof workerScript>, setup: WorkerSetup): Worker {
    const worker = new Worker(script, { workerData: setup, eval: isCode });
    worker.on('message', ({ id, outcome }: PieceReply) => {
      this.waiting.get(id)?.resolve(outcome as Outcome | null);
      this.waiting.delete(id);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', (code) => {
      if (code !== 0) this.failAll(new Error(`A worker thread stopped with exit code ${code}.`));
    });
    return worker;
  }

  private failAll(error: Error): void {
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
  }
}
