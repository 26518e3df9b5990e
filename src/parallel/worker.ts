import { parentPort, workerData } from 'node:worker_threads';
import type { PieceReply, PieceRequest } from './piece-workers.js';
import { pieceTask, type WorkerSetup } from './tasks.js';

// A worker thread of `PieceWorkers`: does its task on each piece it is sent, one at a time, and
// sends back the outcome, its bytes (a review's output) moved rather than copied.
const task = pieceTask(workerData as WorkerSetup);

parentPort!.on('message', ({ id, text }: PieceRequest) => {
  const outcome = task(text);
  const reply: PieceReply = { id, outcome };
  parentPort!.postMessage(reply, outcome && 'bytes' in outcome ? [outcome.bytes.buffer as ArrayBuffer] : []);
});
