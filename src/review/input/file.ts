import { parse as parseYaml } from 'yaml';
import { InputError, isAdvisorError, type InputIssue } from '../../errors.js';
import { parseStreamDescription } from '../schema.js';
import type { StreamDescription } from '../stream-description.js';
import { findDuplicateJsonKey } from './json-duplicate-keys.js';
import { readPlainYaml } from './plain-yaml.js';

/** What a file held: one description or a list, so output can mirror it (an object or an array). */
export interface StreamFile {
  streams: StreamDescription[];
  isList: boolean;
}

/**
 * JSON is read with JSON.parse, many times faster than a YAML parser on large lists; a
 * repeated key is still an error, as YAML makes it.
 */
function readJson(text: string, source: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const duplicate = findDuplicateJsonKey(text);
  if (duplicate !== null) {
    throw new InputError(`${source} gives the key ${duplicate} twice; keep one.`, [{ path: duplicate, message: 'is given twice' }]);
  }
  return value;
}

function readYaml(text: string, source: string): unknown {
  if (/^\s*[[{]/.test(text)) {
    const json = readJson(text, source);
    if (json !== undefined) return json;
  }
  const plain = readPlainYaml(text);
  if (plain !== undefined) return plain;
  try {
    // Warnings (e.g. an unknown tag) must not be printed behind the review's back; errors still throw.
    return parseYaml(text, { logLevel: 'error' });
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new InputError(`${source} is not valid YAML or JSON: ${reason}`, [{ path: '', message: reason ?? 'unreadable' }]);
  }
}

function entryName(entry: unknown): string {
  const name = typeof entry === 'object' && entry !== null && 'name' in entry ? entry.name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? JSON.stringify(name.trim()) : '(no name)';
}

function parseList(entries: readonly unknown[], source: string): StreamDescription[] {
  const streams: StreamDescription[] = [];
  const issues: InputIssue[] = [];
  const bad: string[] = [];
  entries.forEach((entry, index) => {
    try {
      streams.push(parseStreamDescription(entry, [index]));
    } catch (error) {
      if (!isAdvisorError(error)) throw error;
      bad.push(`[${index}] ${entryName(entry)}`);
      issues.push(...error.issues);
    }
  });
  if (bad.length > 0) {
    throw new InputError(`${bad.length} of ${entries.length} stream descriptions in ${source} have problems: ${bad.join(', ')}.`, issues);
  }
  return streams;
}

/** A YAML or JSON text holding one stream description or a list of them. */
export function parseStreamsText(text: string, source: string): StreamFile {
  const value = readYaml(text, source);
  if (value === null || value === undefined) {
    throw new InputError(`${source} is empty: write one stream description, or a list of them.`, [{ path: '', message: 'empty input' }]);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) throw new InputError(`${source} holds an empty list: there is no stream to review.`, [{ path: '', message: 'empty list' }]);
    return { streams: parseList(value, source), isList: true };
  }
  try {
    return { streams: [parseStreamDescription(value)], isList: false };
  } catch (error) {
    if (isAdvisorError(error)) throw new InputError(`${source}: ${error.message}`, error.issues);
    throw error;
  }
}
