import { describe, expect, it } from 'vitest';
import { reviewStream } from '../../../src/review/engine.js';
import { FORMAT_NAMES, findFormatter } from '../../../src/review/formatters/index.js';
import { formatReport } from '../../../src/review/formatters/formatter.js';
import { terminalFormatter } from '../../../src/review/formatters/terminal.js';
import { SHIPPABLE, streamWith } from '../helpers.js';

describe('terminal formatter', () => {
  it('puts the verdict on top, a mark per status, the message, fix and refs, then the reminders', () => {
    const text = formatReport(terminalFormatter, { results: [reviewStream(streamWith({ alerting: false, dataShape: undefined, keyUnique: undefined }))], list: false });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Web orders: DO NOT SHIP');
    expect(text).toContain('✔ pass       Freshness matches the decision (freshness)');
    expect(text).toContain('⚠ warn       A named key that is really unique (key)');
    expect(text).toContain('? needs-info The category fits the data');
    expect(text).toContain('✖ fail       Someone hears about a silent failure (ownership)');
    expect(text).toContain('– n/a        The Ingestion API is set up');
    expect(text).toMatch(/\n {4}alerting=false: .+\n {4}Fix: Add an alert .+\n {4}See: gotchas#silent-auth-loss, style-guide\n/);
    expect(text).toMatch(/Before it ships, check what no input can prove:\n {2}• Confirm the connector/);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('summarises a list and prints the reminders once', () => {
    const text = formatReport(terminalFormatter, { results: [reviewStream(SHIPPABLE), reviewStream(streamWith({ name: 'B', alerting: false }))], list: true });
    expect(text).toContain('2 streams reviewed: 1 ship, 1 do-not-ship.');
    expect(text.match(/Before it ships/g)).toHaveLength(1);
  });

  it('writes nothing at the end when no stream was reviewed (every entry of a list was bad)', () => {
    expect(formatReport(terminalFormatter, { results: [], list: true })).toBe('');
  });
});

describe('formatter plug-ins', () => {
  it('are found by name', () => {
    expect(FORMAT_NAMES).toEqual(['terminal', 'json', 'junit']);
    expect(findFormatter('junit')?.name).toBe('junit');
    expect(findFormatter('xml')).toBeUndefined();
  });
});
