import { z } from 'zod';
import type { OrgSession } from '../salesforce/org-session.js';
import { optionalObject, text } from './org-fields.js';
import type { OrgStream, SourceReading } from './org-stream.js';
import { readStreamPages } from './pages.js';

const page = z.object({ dataStreams: z.array(z.unknown()), nextPageUrl: text.nullish() });

const record = z.object({
  name: text,
  label: text,
  lastRunStatus: text,
  connectorInfo: optionalObject({ connectorType: text }),
  dataLakeObjectInfo: optionalObject({ category: text, eventDateTimeFieldName: text }),
  refreshConfig: optionalObject({ refreshMode: text, frequency: optionalObject({ frequencyType: text }) }),
});

function dataStreamsPath(session: OrgSession): string {
  return `/services/data/v${session.apiVersion}/ssot/data-streams`;
}

/** The streams' configuration from the Data 360 Connect API, following `nextPageUrl` to the end. */
export function readConnectStreams(session: OrgSession): Promise<SourceReading> {
  return readStreamPages(session, {
    first: dataStreamsPath(session),
    expected: 'a page of data streams ({"dataStreams": [...]})',
    page: (body) => {
      const parsed = page.safeParse(body);
      return parsed.success ? { items: parsed.data.dataStreams, next: parsed.data.nextPageUrl ?? null } : null;
    },
    toStream,
    unnamed: (count) => `The Connect API listed ${count} data stream${count === 1 ? '' : 's'} without a name; skipped.`,
  });
}

function toStream(item: unknown): OrgStream | null {
  const parsed = record.safeParse(item);
  if (!parsed.success || parsed.data.name === undefined) return null;
  const { name, label, lastRunStatus, connectorInfo, dataLakeObjectInfo, refreshConfig } = parsed.data;
  return {
    name,
    label,
    lastRunStatus,
    connectorType: connectorInfo?.connectorType,
    category: dataLakeObjectInfo?.category,
    eventTimeField: dataLakeObjectInfo?.eventDateTimeFieldName,
    refreshMode: refreshConfig?.refreshMode,
    frequency: refreshConfig?.frequency?.frequencyType,
  };
}
