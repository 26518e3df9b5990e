/** A data stream as the Connect API lists it; any field can be overridden or left out (undefined). */
export function connectStream(name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    label: name.replace(/_/g, ' '),
    status: 'ACTIVE',
    lastRunStatus: 'SUCCESS',
    connectorInfo: { connectorType: 'S3', connectorDetails: { name: 'S3 bucket' } },
    dataLakeObjectInfo: { name: `${name}__dll`, category: 'Engagement', eventDateTimeFieldName: 'ordered_at' },
    refreshConfig: { refreshMode: 'UPSERT', frequency: { frequencyType: 'HOURLY' } },
    ...fields,
  };
}

/** A DataStream record as the query returns it. */
export function dataStreamRecord(name: string, fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    Name: name,
    DataStreamStatus: 'ACTIVE',
    ImportRunStatus: 'SUCCESS',
    LastRefreshDate: '2026-12-03T06:00:00.000+0000',
    LastNumberOfRowsAddedCount: 5000,
    TotalRowsProcessed: 5000,
    LastDataChangeStatusErrorCode: null,
    RefreshMode: 'UPSERT',
    RefreshFrequency: 'HOURLY',
    ...fields,
  };
}
