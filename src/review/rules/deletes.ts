import { CONNECTOR_CAPABILITIES } from '../connectors.js';
import type { DeleteStory, StreamDescription } from '../stream-description.js';
import { setting } from '../wording.js';
import { ask, fail, needsInfo, notApplicable, pass, warn, type Rule, type RuleOutcome } from './rule.js';

/** The delete story that fits this connector, for a fix. */
function storyFor(stream: StreamDescription): string {
  if (stream.connector === 'ingestion-api') return `${setting('deletes', 'api-delete')} (send deleted keys to the Ingestion API's delete call or a bulk delete job)`;
  if (CONNECTOR_CAPABILITIES[stream.connector].fileBased) return `${setting('deletes', 'delete-file')} (put a Deletion_<file name> file of deleted keys beside the data files)`;
  return `${setting('deletes', 'soft-delete-flag')} (the source marks deleted rows) or ${setting('deletes', 'periodic-full-refresh')}`;
}

/**
 * The answers that fit this connector, best first: its own delete path (API deletes, deletion
 * files), the two that work anywhere, and `none` for a source that never deletes.
 */
function deleteStoriesFor(stream: StreamDescription): DeleteStory[] {
  const own: DeleteStory[] = stream.connector === 'ingestion-api' ? ['api-delete'] : CONNECTOR_CAPABILITIES[stream.connector].fileBased ? ['delete-file'] : [];
  return [...own, 'soft-delete-flag', 'periodic-full-refresh', 'none'];
}

function askForStory(stream: StreamDescription): RuleOutcome {
  const question = `How do records deleted in the source leave Data 360? With ${setting('refreshMode', stream.refreshMode)} a row that stops arriving is never removed.`;
  return needsInfo([ask('deletes', { question, choices: deleteStoriesFor(stream) })], `Name the delete story, e.g. ${storyFor(stream)}.`);
}

function missingStory(stream: StreamDescription): RuleOutcome {
  const mode = setting('refreshMode', stream.refreshMode);
  if (stream.deletes === undefined) return askForStory(stream);
  if (stream.deletes === 'none' && stream.dataShape === 'event') {
    return warn(
      `${mode} with deletes=none on event data: appending events is fine only if the source never deletes or corrects an event.`,
      `Confirm the source never deletes events; if it does, use ${storyFor(stream)}.`,
    );
  }
  const given = stream.deletes === 'none' ? 'deletes=none' : 'deletes=full-refresh-absence, but absence deletes nothing outside a full refresh';
  const events = stream.deletes === 'none' && stream.dataShape === undefined ? ' If these are append-only events, say so with dataShape=event.' : '';
  return fail(`${mode} with ${given}: records deleted in the source stay in Data 360 forever.`, `Use ${storyFor(stream)}.${events}`);
}

function evaluate(stream: StreamDescription): RuleOutcome {
  const { connector, deletes } = stream;
  if (stream.refreshMode === 'full-refresh') return notApplicable('refreshMode=full-refresh: each run replaces everything, so a record missing from the source is deleted.');
  if (connector === 'salesforce-crm') return pass('salesforce-crm carries source deletes over: a record deleted in Salesforce disappears from Data 360 at the next incremental refresh.');
  switch (deletes) {
    case 'api-delete':
      return connector === 'ingestion-api'
        ? pass("deletes=api-delete: deleted keys go to the Ingestion API's delete call (up to 200 a request) or a bulk delete job.")
        : warn(`deletes=api-delete on ${connector}: API delete calls belong to the Ingestion API.`, `Confirm ${connector} really accepts deletes that way; if not, use ${storyFor(stream)}.`);
    case 'delete-file':
      return CONNECTOR_CAPABILITIES[connector].fileBased
        ? pass(`deletes=delete-file: a deletion file beside the data files removes the keys it lists from ${connector} (over 600,000 deletes between refreshes forces a full refresh).`)
        : warn(`deletes=delete-file on ${connector}, which is not a file-based connector.`, `Confirm ${connector} really accepts deletes that way; if not, use ${storyFor(stream)}.`);
    case 'soft-delete-flag':
      return pass("deletes=soft-delete-flag: the source marks deleted rows; remember to set that field as the stream's delete flag or filter it out downstream.");
    case 'periodic-full-refresh':
      return pass('deletes=periodic-full-refresh: a scheduled full refresh removes what was deleted since the last one.');
    default:
      return missingStory(stream);
  }
}

export const deletes: Rule = {
  id: 'deletes',
  title: 'Upsert has an explicit delete story',
  refs: ['gotchas#upsert-keeps-deletes', 'refresh-modes'],
  evaluate,
};
