import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { OrgFacts } from '../org/org-description.js';
import type { MetadataFile } from './metadata-files.js';

/** A file that cannot be read as the component it claims to be, with the reason. */
export class MetadataProblem extends Error {}

const parser = new XMLParser({
  ignoreAttributes: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (_name, path) => path === 'DataStreamDefinition.dataExtractMethods',
});

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** CDC extracts (by a date, number or binary field) read only what changed: the review's incremental. */
function extractMode(methods: unknown): string | undefined {
  const modes = [...new Set((Array.isArray(methods) ? methods : []).map(text).filter((m): m is string => m !== undefined).map((m) => (/_CDC$/i.test(m) ? 'INCREMENTAL' : m)))];
  return modes.length === 1 ? modes[0] : undefined;
}

/** `Salesforce_Model.Engagement` and `Engagement` both name the Engagement category. */
const lastPart = (value: string | undefined): string | undefined => value?.split('.').pop();

/** What one DataStreamDefinition or DataStreamTemplate file says of its stream. */
export function parseMetadata(file: MetadataFile, xml: string): OrgFacts {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new MetadataProblem(`is not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  const root = (parser.parse(xml) as Record<string, unknown>)[file.kind];
  if (typeof root !== 'object' || root === null) throw new MetadataProblem(`has no <${file.kind}> element, as its name says it should`);
  const fields = root as Record<string, unknown>;
  if (file.kind === 'DataStreamDefinition') {
    return { name: file.name, connectorType: text(fields.dataConnectorType), refreshMode: extractMode(fields.dataExtractMethods) };
  }
  return { name: file.name, category: lastPart(text(fields.objectCategory)), refreshMode: text(fields.refreshMode), frequency: text(fields.refreshFrequency) };
}
