import { z } from 'zod';
import type { OrgSession } from '../salesforce/org-session.js';
import { count, dateTime, text } from './org-fields.js';
import type { OrgStream, SourceReading } from './org-stream.js';
import { readStreamPages } from './pages.js';

/** Run health, readable without the Connect API. `Name` is the Connect API's `name`. */
export const DATA_STREAM_SOQL =
  'SELECT Name, DataStreamStatus, ImportRunStatus, LastRefreshDate, LastNumberOfRowsAddedCount, TotalRowsProcessed, LastDataChangeStatusErrorCode, RefreshMode, RefreshFrequency FROM DataStream';

const page = z.object({ records: z.array(z.unknown()), done: z.boolean().optional().catch(undefined), nextRecordsUrl: text.nullish() });

const record = z.object({
  Name: text,
  DataStreamStatus: text,
  ImportRunStatus: text,
  LastRefreshDate: dateTime,
  LastNumberOfRowsAddedCount: count,
  TotalRowsProcessed: count,
  LastDataChangeStatusErrorCode: text,
  RefreshMode: text,
  RefreshFrequency: text,
});

function queryPath(session: OrgSession): string {
  return `/services/data/v${session.apiVersion}/query?q=${encodeURIComponent(DATA_STREAM_SOQL)}`;
}

/** Every DataStream record through the standard query resource, following `nextRecordsUrl` until `done`. */
export function readDataStreamRecords(session: OrgSession): Promise<SourceReading> {
  return readStreamPages(session, {
    first: queryPath(session),
    expected: 'a page of query results ({"records": [...], "done": …})',
    page: (body) => {
      const parsed = page.safeParse(body);
      return parsed.success ? { items: parsed.data.records, next: parsed.data.done === true ? null : (parsed.data.nextRecordsUrl ?? null) } : null;
    },
    toStream,
    unnamed: (count) => `The DataStream query returned ${count} record${count === 1 ? '' : 's'} without a Name; skipped.`,
  });
}

function toStream(item: unknown): OrgStream | null {
  const parsed = record.safeParse(item);
  if (!parsed.success) return null;
  const r = parsed.data;
  if (r.Name === undefined) return null;
  const run = r.LastRefreshDate
    ? { refreshedAt: r.LastRefreshDate, importRunStatus: r.ImportRunStatus, rowsAdded: r.LastNumberOfRowsAddedCount, totalRowsProcessed: r.TotalRowsProcessed, errorCode: r.LastDataChangeStatusErrorCode }
    : undefined;
  return { name: r.Name, streamStatus: r.DataStreamStatus, refreshMode: r.RefreshMode, frequency: r.RefreshFrequency, run };
}
