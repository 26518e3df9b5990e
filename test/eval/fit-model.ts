import { writeFileSync } from 'node:fs';
import { fitFromTuningSet, WEIGHTS_FILE, weightsSource } from './model-fit.js';

/**
 * `npm run fit`: fits the ranking model on the tuning set alone and writes it to
 * src/retrieval/model-weights.ts. The held-out and blind sets stay out of it, so that they
 * keep telling how the advisor does on questions it was not fitted to.
 */
try {
  writeFileSync(WEIGHTS_FILE, weightsSource(await fitFromTuningSet()));
  console.log(`wrote ${WEIGHTS_FILE}`);
} catch (error) {
  // A bad tuning set or knowledge document is named in the message; the weights are left as they were.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
