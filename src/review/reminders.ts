/** The checks no input can prove: every review ends with them, in this order. */
export const REMINDERS: readonly string[] = Object.freeze([
  'Confirm the connector and its refresh modes are available in this org (editions differ).',
  "After the first run, compare the source's row count with the DLO's.",
  "For the Ingestion API, validate sample payloads against the uploaded schema before go-live (records that don't match are rejected or dropped).",
  "Write down who rotates the connector's credentials.",
]);
