import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parsePartialStreamDescription, parseStreamDescription, streamDescriptionSchema } from '../../src/review/schema.js';
import { INPUT_KEYS } from '../../src/review/input-catalogue.js';

const MINIMAL = { name: 'Web orders', connector: 's3', category: 'engagement', refreshMode: 'upsert' };

function issuesOf(value: unknown): { path: string; message: string }[] {
  try {
    parseStreamDescription(value);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues;
  }
  throw new Error('expected an InputError');
}

describe('parseStreamDescription', () => {
  it('accepts the four required keys alone', () => {
    expect(parseStreamDescription(MINIMAL)).toEqual(MINIMAL);
  });

  it('knows every key of the input catalogue, and no other', () => {
    expect(Object.keys(streamDescriptionSchema.shape)).toEqual([...INPUT_KEYS]);
  });

  it('reads every key of the spec', () => {
    const full = parseStreamDescription({
      ...MINIMAL,
      apiPattern: 'bulk',
      sourceSystem: 'sap',
      dataShape: 'event',
      eventTimeField: 'ordered_at',
      primaryKey: 'order_id',
      keyUnique: 'true',
      deletes: 'delete-file',
      schedule: 'hourly',
      decisionFreshness: 'daily',
      sourceRows: '60,000,000',
      changedRowsPerRun: '60_000',
      uses: 'segmentation, other: churn model',
      fields: 40,
      mappedFields: '20',
      owner: ' web-team ',
      alerting: false,
      schemaDefined: 'FALSE',
      costApproved: true,
    });
    expect(full).toMatchObject({ primaryKey: ['order_id'], keyUnique: true, sourceRows: 60_000_000, changedRowsPerRun: 60_000 });
    expect(full).toMatchObject({ uses: ['other:churn model', 'segmentation'], mappedFields: 20, owner: 'web-team', schemaDefined: false });
  });

  it('names every missing required key', () => {
    const issues = issuesOf({});
    expect(issues.map((issue) => issue.path)).toEqual(['name', 'connector', 'category', 'refreshMode']);
    expect(issues[1]?.message).toContain('one of salesforce-crm, marketing-cloud, s3');
    expect(() => parseStreamDescription({})).toThrow(/missing required input name, connector, category, refreshMode/);
  });

  it('counts a null (empty YAML value) as not given', () => {
    expect(parseStreamDescription({ ...MINIMAL, owner: null }).owner).toBeUndefined();
    expect(issuesOf({ ...MINIMAL, name: null })[0]?.message).toContain('name is required');
  });

  it('rejects an unknown key, suggesting the key meant', () => {
    const issues = issuesOf({ ...MINIMAL, refreshmode: 'upsert', primary_key: 'id', wibble: 1 });
    expect(issues).toEqual([
      { path: 'refreshmode', message: expect.stringContaining('did you mean refreshMode?') },
      { path: 'primary_key', message: expect.stringContaining('did you mean primaryKey?') },
      { path: 'wibble', message: expect.stringContaining('the keys are name, connector') },
    ]);
    expect(() => parseStreamDescription({ ...MINIMAL, refreshmode: 'upsert' })).toThrow(/unknown key refreshmode/);
  });

  it('names the key, the bad value and the allowed values, suggesting the closest', () => {
    const [issue] = issuesOf({ ...MINIMAL, connector: 'S3' });
    expect(issue).toEqual({ path: 'connector', message: expect.stringMatching(/^connector cannot be "S3" \(did you mean s3\?\); allowed values: salesforce-crm, .+, other\.$/) });
    expect(issuesOf({ ...MINIMAL, schedule: 'nightly' })[0]?.message).toContain('allowed values: streaming, 15min, hourly, daily, weekly, monthly, live');
  });

  it.each([
    ['sourceRows', -1],
    ['sourceRows', 1.5],
    ['sourceRows', '6,5'],
    ['sourceRows', '1,0000'],
    ['sourceRows', '60 000'],
    ['sourceRows', '1e3'],
    ['fields', true],
    ['mappedFields', 2 ** 53],
  ])('rejects %s=%o as a count', (key, value) => {
    const [issue] = issuesOf({ ...MINIMAL, [key]: value });
    expect(issue?.path).toBe(key);
    expect(issue?.message).toContain(key);
  });

  it.each([
    ['0', 0],
    ['1,000', 1_000],
    ['60,000,000', 60_000_000],
    ['60_000_000', 60_000_000],
    [' 42 ', 42],
    [1e7, 10_000_000],
  ])('reads the count %o', (value, expected) => {
    expect(parseStreamDescription({ ...MINIMAL, sourceRows: value }).sourceRows).toBe(expected);
  });

  it.each([
    ['keyUnique', 'yes'],
    ['alerting', 1],
    ['name', ''],
    ['owner', '   '],
    ['owner', { team: 'x' }],
    ['primaryKey', [{ a: 1 }]],
    ['uses', 'segmentaton'],
    ['uses', 'other:'],
  ])('rejects %s=%o', (key, value) => {
    expect(issuesOf({ ...MINIMAL, [key]: value })[0]?.path).toBe(key);
  });

  it('normalises lists: trimmed, blanks dropped, duplicates removed, sorted', () => {
    const stream = parseStreamDescription({ ...MINIMAL, primaryKey: ' line_no , order_id,,order_id ', uses: ['segmentation', 'activation', 'segmentation'] });
    expect(stream.primaryKey).toEqual(['line_no', 'order_id']);
    expect(stream.uses).toEqual(['activation', 'segmentation']);
    expect(parseStreamDescription({ ...MINIMAL, uses: '' }).uses).toEqual([]);
  });

  it('reads uses=none as an empty list, and none alongside a use as an error', () => {
    expect(parseStreamDescription({ ...MINIMAL, uses: 'none' }).uses).toEqual([]);
    expect(parseStreamDescription({ ...MINIMAL, uses: [' none '] }).uses).toEqual([]);
    expect(issuesOf({ ...MINIMAL, uses: 'none,activation' })[0]?.message).toContain('cannot list none with other uses');
  });

  it('keeps unicode text as written', () => {
    expect(parseStreamDescription({ ...MINIMAL, name: 'Commandes web — été 🛒' }).name).toBe('Commandes web — été 🛒');
  });

  it.each([[[]], [null], ['text'], [42]])('rejects %o as a whole description in plain words', (value) => {
    const [issue] = issuesOf(value);
    expect(issue).toEqual({ path: '', message: expect.stringContaining('A stream description is a set of key: value pairs') });
  });

  it('prefixes paths for an entry of a list', () => {
    try {
      parseStreamDescription({ ...MINIMAL, connector: 'x' }, [3]);
    } catch (error) {
      expect((error as InputError).issues[0]?.path).toBe('[3].connector');
    }
  });
});

describe('parsePartialStreamDescription', () => {
  it('accepts a description still missing required keys, with every given value checked', () => {
    expect(parsePartialStreamDescription({ connector: 'gcs' })).toEqual({ connector: 'gcs' });
    expect(() => parsePartialStreamDescription({ connector: 'gcss' })).toThrow(InputError);
    expect(() => parsePartialStreamDescription({ refreshmode: 'upsert' })).toThrow(/refreshmode/);
  });
});
