import { describe, expect, it } from 'vitest';
import { deletes } from '../../../src/review/rules/deletes.js';
import { evaluate, keysAsked } from '../helpers.js';

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
    ['upsert', 'none'],
    ['incremental', 'none'],
    ['upsert', 'full-refresh-absence'],
    ['incremental', 'full-refresh-absence'],
  ])('fails %s with deletes=%s: deleted records stay forever', (refreshMode, story) => {
    const outcome = evaluate(deletes, { refreshMode, deletes: story, dataShape: 'entity', category: 'profile' });
    expect(outcome.status).toBe('fail');
    expect(outcome.message).toContain('stay in Data 360 forever');
    expect(outcome.fix).toContain('deletes=delete-file');
  });

  it.each(['upsert', 'incremental'])('asks how deletes reach Data 360 when %s leaves deletes out, instead of failing', (refreshMode) => {
    const outcome = evaluate(deletes, { refreshMode, deletes: undefined, connector: 'snowflake' });
    expect(outcome.status).toBe('needs-info');
    expect(keysAsked(outcome)).toEqual(['deletes']);
    expect(outcome.message).toMatch(/^How do records deleted in the source leave Data 360\?/);
    expect(outcome.message).toContain(`refreshMode=${refreshMode}`);
  });

  it.each([
    ['ingestion-api', ['api-delete', 'soft-delete-flag', 'periodic-full-refresh', 'none']],
    ['s3', ['delete-file', 'soft-delete-flag', 'periodic-full-refresh', 'none']],
    ['azure-storage', ['delete-file', 'soft-delete-flag', 'periodic-full-refresh', 'none']],
    ['snowflake', ['soft-delete-flag', 'periodic-full-refresh', 'none']],
    ['web-sdk', ['soft-delete-flag', 'periodic-full-refresh', 'none']],
  ])('offers the delete stories that fit %s as the choices', (connector, choices) => {
    expect(evaluate(deletes, { connector, deletes: undefined }).asks?.[0]?.choices).toEqual(choices);
  });

  it('fixes with the delete story that fits the connector', () => {
    expect(evaluate(deletes, { connector: 'ingestion-api', deletes: undefined }).fix).toContain('deletes=api-delete');
    expect(evaluate(deletes, { connector: 'snowflake', deletes: undefined }).fix).toContain('deletes=soft-delete-flag');
    expect(evaluate(deletes, { connector: 'snowflake', deletes: 'none', dataShape: 'entity' }).fix).toContain('deletes=soft-delete-flag');
  });

  it('warns, not fails, for event data with deletes=none', () => {
    const outcome = evaluate(deletes, { dataShape: 'event', deletes: 'none' });
    expect(outcome.status).toBe('warn');
    expect(outcome.message).toContain('only if the source never deletes');
  });

  it('asks event data with no delete story too, and hints at dataShape when deletes=none and the shape is unknown', () => {
    expect(evaluate(deletes, { dataShape: 'event', deletes: undefined }).status).toBe('needs-info');
    const unknownShape = evaluate(deletes, { dataShape: undefined, deletes: 'none' });
    expect(unknownShape.status).toBe('fail');
    expect(unknownShape.fix).toContain('dataShape=event');
  });
});
