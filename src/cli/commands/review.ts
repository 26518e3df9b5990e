import { readEnv, type Env } from '../../config/load-env.js';
import { InputError, isAdvisorError } from '../../errors.js';
import { reviewStream } from '../../review/engine.js';
import { FORMAT_NAMES, findFormatter, formatJsonError, type ReviewFormatter, type ReviewWriter } from '../../review/formatters/index.js';
import { loadPolicy, policyPath } from '../../review/policy/load.js';
import type { Policy } from '../../review/policy/policy.js';
import type { Command } from '../command.js';
import { EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, writeAll, writeOut, type CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-args.js';
import { readReviewInput } from './review-input.js';
import { reviewInWorkers, type ParallelReview } from './review-workers.js';
import type { StreamBatch } from '../../review/input/read-streams.js';
import type { StreamDescription } from '../../review/stream-description.js';
import type { ReviewResult, Verdict } from '../../review/types.js';
import { atOrWorse, FAIL_ON_VERDICTS } from '../../review/verdict.js';
import { closest } from '../../review/schema/suggest.js';

const usage = `Usage:
  ingest-advisor review --file FILE [options]     review the stream(s) in a YAML or JSON file (- for standard input)
  ingest-advisor review key=value ... [options]   review one stream given inline

Options:
  --file, -f FILE           one stream description, or a list of them
  --json                    JSON output (same as --format json); a list gives one object per line (NDJSON)
  --format terminal|json|junit
                            output format (default terminal; junit for CI: one testcase per rule)
  --policy FILE             a team policy (thresholds, rule severities, waivers); default: INGEST_REVIEW_POLICY, else none
  --record                  also store the review(s) in the registry (INGEST_ADVISOR_DB): the stream is then checked as of this description
  --by NAME                 with --record: who reviewed (default: the OS user)
  --fail-on VERDICT         exit 1 when a stream's verdict is this or worse: do-not-ship (default), needs-info
                            (CI: a half-described stream does not pass) or ship-with-warnings
Exit codes: 0 reviewed, 1 a stream is do-not-ship (or worse than --fail-on allows), 2 bad input or policy.
A list is reviewed as it is read: good entries are reviewed and printed, and the problems of
bad ones (the first 20, and how many more) are reported at the end with exit code 2.

Inputs (lists comma-separated; required: name, connector, category, refreshMode):
  name connector apiPattern sourceSystem category dataShape eventTimeField refreshMode primaryKey keyUnique
  deletes schedule decisionFreshness sourceRows changedRowsPerRun uses fields mappedFields owner alerting
  schemaDefined costApproved

Examples:
  ingest-advisor review name="Web orders" connector=ingestion-api apiPattern=streaming category=engagement \\
    dataShape=event eventTimeField=ordered_at refreshMode=upsert primaryKey=order_id keyUnique=true deletes=api-delete \\
    schedule=streaming decisionFreshness=15min uses=segmentation,activation owner=web-team alerting=true schemaDefined=true
  ingest-advisor review --file streams.yaml --format junit > review.xml`;

const OPTIONS = {
  file: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  format: { type: 'string' },
  policy: { type: 'string' },
  record: { type: 'boolean' },
  by: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;

/** Decided before the arguments are parsed, so even a bad command line answers in JSON. */
function wantsJson(args: readonly string[]): boolean {
  return args.some((arg, i) => arg === '--json' || arg === '--format=json' || (arg === '--format' && args[i + 1] === 'json'));
}

function chooseFormatter(format: string | undefined, json: boolean): ReviewFormatter {
  const name = format ?? (json ? 'json' : 'terminal');
  if (json && name !== 'json') throw new InputError(`--json and --format ${name} disagree; give one of them.\n\n${usage}`);
  const formatter = findFormatter(name);
  if (!formatter) throw new InputError(`--format must be one of ${FORMAT_NAMES.join(', ')}; got ${JSON.stringify(name)}.`, [{ path: 'format', message: `one of ${FORMAT_NAMES.join(', ')}` }]);
  return formatter;
}

function failOn(value: string | undefined): Verdict {
  const verdict = FAIL_ON_VERDICTS.find((v) => v === (value ?? 'do-not-ship'));
  if (verdict) return verdict;
  const hint = closest(value ?? '', FAIL_ON_VERDICTS);
  const allowed = `one of ${FAIL_ON_VERDICTS.join(', ')}`;
  throw new InputError(`--fail-on must be ${allowed}; got ${JSON.stringify(value)}${hint ? ` (did you mean ${hint}?)` : ''}.`, [{ path: 'fail-on', message: allowed }]);
}

export type Recorder = (streams: readonly StreamDescription[], results: readonly ReviewResult[]) => Promise<void>;

export interface ReviewRun {
  batches: AsyncIterable<StreamBatch>;
  writer: ReviewWriter;
  policy: Policy | undefined;
  /** A stream at this verdict or worse fails the run (`--fail-on`). */
  threshold: Verdict;
  /** The moment every review is judged at (waivers' expiry). */
  now: Date;
  /** Streams already reviewed and written (by worker threads), from the first: read, not reviewed again. */
  skip?: number;
  record?: Recorder;
}

/**
 * Reviews and writes each piece of the input as it is read, so memory follows the piece, not
 * the file. Output that has begun is closed (JUnit's last tag, the terminal's reminders)
 * before a problem in the input is reported. Resolves to whether a stream is at the failing verdict or worse.
 */
export async function reviewAll(io: CliIo, run: ReviewRun): Promise<boolean> {
  let [begun, list, failing] = [false, false, false];
  let skip = run.skip ?? 0;
  try {
    for await (const batch of run.batches) {
      list = batch.list;
      const streams = skip > 0 ? batch.streams.slice(skip) : batch.streams;
      skip -= batch.streams.length - streams.length;
      const results = streams.map((stream) => reviewStream(stream, { policy: run.policy, now: run.now }));
      await run.record?.(streams, results);
      const texts = results.map((result) => run.writer.result(result));
      await writeAll(io.stdout, begun || results.length === 0 ? texts : [run.writer.begin(), ...texts]);
      begun ||= results.length > 0;
      failing ||= results.some((result) => atOrWorse(result.verdict, run.threshold));
    }
  } finally {
    if (begun) await writeOut(io.stdout, run.writer.end(list));
  }
  return failing;
}

async function review(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, OPTIONS, usage);
  if (values.by !== undefined && !values.record) throw new InputError(`--by names who reviewed for --record; add --record or drop --by.\n\n${usage}`, [{ path: 'by', message: 'needs --record' }]);
  // Refused here, before anything is read or the registry is opened (or created).
  if (values.by?.trim() === '') throw new InputError('--by is empty: give the reviewer\'s name (--by NAME), or leave --by out to record the OS user.', [{ path: 'by', message: 'is empty' }]);
  const formatter = chooseFormatter(values.format, values.json === true);
  const threshold = failOn(values['fail-on']);
  const env = readEnv(io.cwd, io.env);
  const path = policyPath(values.policy, env);
  const policy = path === undefined ? undefined : loadPolicy(path, io.cwd, env);
  const now = new Date();
  if (values.file !== undefined && positionals.length === 0 && !values.record) {
    const parallel = await reviewInWorkers({ file: values.file, formatter, policy, now }, io, env);
    if (parallel) return reviewRest(parallel, { file: values.file, io, env, run: { writer: formatter.writer(), policy, threshold, now } });
  }
  const batches = await readReviewInput(values.file, positionals, io, env, usage);
  const run: ReviewRun = { batches, writer: formatter.writer(), policy, threshold, now };
  // The registry's code (Kysely, the database drivers) loads only to record.
  const failing = values.record ? await (await import('./review-record.js')).reviewAndRecord(io, run, values.by) : await reviewAll(io, run);
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

interface RestOfFile {
  file: string;
  io: CliIo;
  env: Env;
  run: Omit<ReviewRun, 'batches'>;
}

/** After the workers: done, or the file read again in order from the start, reviewing what they did not. */
async function reviewRest(parallel: ParallelReview, { file, io, env, run }: RestOfFile): Promise<number> {
  let failing = parallel.worst !== null && atOrWorse(parallel.worst, run.threshold);
  if (!parallel.complete) {
    const batches = await readReviewInput(file, [], io, env, usage);
    failing = (await reviewAll(io, { ...run, batches, skip: parallel.written })) || failing;
  }
  return failing ? EXIT_FINDINGS : EXIT_OK;
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'run the style-guide rules on a Data Stream description: a checklist and a verdict',
  usage,
  async run(args, io) {
    if (!wantsJson(args)) return review(args, io);
    try {
      return await review(args, io);
    } catch (error) {
      if (!isAdvisorError(error)) throw error;
      io.stdout.write(formatJsonError(error));
      return EXIT_BAD_INPUT;
    }
  },
};
