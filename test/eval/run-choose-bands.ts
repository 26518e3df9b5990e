import { CHOICE_SETS, bestSettings, crossValidate, outcome, seeQuestions, type Outcome } from './choose-bands.js';
import { percent } from './evaluate.js';

/**
 * `npm run bands`: the bands' thresholds chosen on the tuning, held-out and development sets
 * (never the blind or sealed one), with what they do on questions they were not chosen on
 * (5-fold cross-validation), then on all three. Copy the settings into src/answer/confidence.ts.
 */
const show = (label: string, o: Outcome) =>
  console.log(
    `${label.padEnd(30)} answered right ${percent(o.right, o.onTopic)}%, right among an answer's or a "did you mean"'s choices ${percent(o.right + o.clarifiedRight, o.onTopic)}%, wrong ${percent(o.wrong, o.onTopic)}%, clarify ${percent(o.clarified, o.onTopic)}% (right among them ${percent(o.clarifiedRight, o.clarified)}%), off-topic declined ${percent(o.declined, o.offTopic)}% (asked "did you mean" ${percent(o.offTopicClarified, o.offTopic)}%)`,
  );
try {
  const seen = await seeQuestions(CHOICE_SETS);
  show('cross-validated (5 folds x 3)', crossValidate(seen));
  const settings = bestSettings(seen);
  show('chosen on all three sets', outcome(seen, settings));
  console.log(`settings: ${JSON.stringify(settings)}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
