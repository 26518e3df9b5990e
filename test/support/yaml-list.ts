/**
 * Writes a list of flat records (text, numbers, booleans and lists of them) as a YAML block
 * list, the way people write stream files: plain values where YAML reads them back as the same
 * text, double-quoted otherwise. For large fixtures: js-yaml's `dump` takes seconds per 100,000.
 */
const PLAIN = /^[A-Za-z][\w ./-]*$/;
const SPECIAL = /^(?:true|false|null|yes|no|on|off|~)$/i;

function scalar(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !SPECIAL.test(value) && !value.endsWith(' ') ? value : JSON.stringify(value);
}

function yamlValue(value: unknown): string {
  return Array.isArray(value) ? `[${value.map(scalar).join(', ')}]` : scalar(value);
}

export function yamlEntry(record: Record<string, unknown>): string {
  return Object.entries(record)
    .map(([key, value], i) => `${i === 0 ? '- ' : '  '}${key}: ${yamlValue(value)}\n`)
    .join('');
}

export function yamlList(records: Iterable<Record<string, unknown>>): string {
  let text = '';
  for (const record of records) text += yamlEntry(record);
  return text;
}
