import { describe, expect, it } from 'vitest';
import { deletes } from '../../../src/review/rules/deletes.js';
import { evaluate } from '../helpers.js';

describe('deletes', () => {
  it('is n/a for full-refresh, whatever the delete story', () => {
    expect(evaluate(deletes, { refreshMode: 'full-refresh', deletes: undefined }).status).toBe('n/a');
    expect(evaluate(deletes, { refreshMode: 'full-refresh', deletes: 'none' }).message).toContain('missing from the source is deleted');
  });

  it.each([undefined, 'none', 'full-refresh-absence'])('passes salesforce-crm with deletes=%s: the connector carries deletes over', (story) => {
    const outcome = evaluate(deletes, { connector: 'salesforce-crm', deletes: story, refreshMode: 'incremental' });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('next incremental refresh');
  });

  it('passes api-delete on the Ingestion API and warns elsewhere', () => {
    expect(evaluate(deletes, { connector: 'ingestion-api', deletes: 'api-delete' }).status).toBe('pass');
    const other = evaluate(deletes, { connector: 'mulesoft', deletes: 'api-delete' });
    expect(other.status).toBe('warn');
    expect(other.fix).toContain('Confirm mulesoft really accepts deletes that way');
  });

  it.each(['s3', 'gcs', 'azure-storage'])('passes delete-file on %s', (connector) => {
    expect(evaluate(deletes, { connector, deletes: 'delete-file' }).status).toBe('pass');
  });

  it.each(['ingestion-api', 'snowflake', 'marketing-cloud'])('warns delete-file on %s, which is not file-based', (connector) => {
    expect(evaluate(deletes, { connector, deletes: 'delete-file' }).status).toBe('warn');
  });

  it('passes soft-delete-flag with a reminder to use the flag', () => {
    const outcome = evaluate(deletes, { deletes: 'soft-delete-flag' });
    expect(outcome.status).toBe('pass');
    expect(outcome.message).toContain('delete flag');
  });

  it('passes periodic-full-refresh', () => {
    expect(evaluate(deletes, { deletes: 'periodic-full-refresh', refreshMode: 'incremental', connector: 'snowflake' }).status).toBe('pass');
  });

  it.each([
    ['upsert', undefined],
    ['upsert', 'none'],
    ['incremental', 'full-refresh-absence'],
  ])('fails %s with deletes=%s: deleted records stay forever', (refreshMode, story) => {
    const outcome = evaluate(deletes, { refreshMode, deletes: story, dataShape: 'entity', category: 'profile' });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('stay in Data 360 forever');
    expect(outcome.fix).toContain('deletes=delete-file');
  });

  it('fixes with the delete story that fits the connector', () => {
    expect(evaluate(deletes, { connector: 'ingestion-api', deletes: undefined }).fix).toContain('deletes=api-delete');
    expect(evaluate(deletes, { connector: 'snowflake', deletes: undefined }).fix).toContain('deletes=soft-delete-flag');
  });

  it('warns, not fails, for event data with deletes=none', () => {
    const outcome = evaluate(deletes, { dataShape: 'event', deletes: 'none' });
    expect(outcome.status).toBe('warn');
    expect(outcome.message).toContain('only if the source never deletes');
  });

  it('fails event data with no delete story at all, and hints at dataShape when the shape is unknown', () => {
    expect(evaluate(deletes, { dataShape: 'event', deletes: undefined }).status).toBe('fail');
    expect(evaluate(deletes, { dataShape: undefined, deletes: 'none' }).fix).toContain('dataShape=event');
  });
});
