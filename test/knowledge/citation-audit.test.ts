import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditKnowledgeFolder, describeProblem, statesFigure } from '../../src/knowledge/citation-audit.js';
import { knowledgeDir } from '../../src/paths.js';

const doc = (body: string, sources = '1. https://help.salesforce.com/s/articleView?id=x&language=en_US&type=5 — a page') => `---
id: doc
title: A document
kind: reference
summary: Something.
keywords: [thing]
---

${body}

## Sources {#sources}

${sources}
`;

const audit = (body: string, sources?: string) => auditDocument('knowledge/doc.md', doc(body, sources));

describe('every document in knowledge/', () => {
  it('keeps the sourcing rules: sections cite their Sources, URLs are Salesforce English pages, figures are sourced', async () => {
    const problems = await auditKnowledgeFolder(knowledgeDir);
    expect(problems.map(describeProblem)).toEqual([]);
  });
});

describe('auditDocument', () => {
  it('passes a section whose facts carry markers', () => {
    expect(audit('## Limits {#limits}\n\nBulk files may hold 150 MB [1]. Plan for it.')).toEqual([]);
  });

  it('names the document and section of a section that cites nothing', () => {
    expect(audit('## Limits {#limits}\n\nPlan your loads carefully.')).toEqual([
      { file: 'knowledge/doc.md', section: 'limits', message: "cites none of the document's Sources: give its facts [n] markers" },
    ]);
  });

  it('does not count a marker for a source the list does not have', () => {
    expect(audit('## Limits {#limits}\n\nPlan your loads [2].').map((p) => p.message)).toContain("cites none of the document's Sources: give its facts [n] markers");
  });

  it('names the sentence that states a figure without a marker, even when its neighbour has one', () => {
    const problems = audit('## Limits {#limits}\n\nJobs are purged after 7 days. Bulk files may hold 150 MB [1].');
    expect(problems).toEqual([
      {
        file: 'knowledge/doc.md',
        section: 'limits',
        sentence: 'Jobs are purged after 7 days.',
        message: 'states a figure without a [n] marker, (estimate) or (our threshold) in the same sentence',
      },
    ]);
    expect(describeProblem(problems[0]!)).toBe('knowledge/doc.md#limits: "Jobs are purged after 7 days." states a figure without a [n] marker, (estimate) or (our threshold) in the same sentence');
  });

  it('accepts our own arithmetic and thresholds when they are labelled', () => {
    expect(audit('## Cost {#cost}\n\nA daily full refresh of 40 M rows is 1.2 billion rows a month (estimate). We warn above 30 M (our threshold). Rates vary [1].')).toEqual([]);
  });

  it('checks list items, table rows and leads alike', () => {
    const body = '## Limits {#limits}\n\nThe lead [1].\n\n- 200 ids per delete\n\n| pattern | limit |\n|---|---|\n| bulk | 100 files |';
    expect(audit(body).map((p) => p.sentence)).toEqual(['200 ids per delete', '| bulk | 100 files |']);
  });

  it('exempts headings, code, link targets, list numbering and product names', () => {
    const body = [
      '## Step 2 of 3 {#steps}',
      '',
      'Data 360 reads S3 and B2C Commerce through `MINUTES_15` schedules [1].',
      '',
      '### Part 4',
      '',
      '1. Open the [page](https://help.salesforce.com/s/articleView?id=c360_a_2).',
      '2. Deploy `DataConnectorS3` with API version `62.0`.',
      '',
      '```yaml',
      'openapi: 3.0.3',
      '```',
    ].join('\n');
    expect(audit(body)).toEqual([]);
  });

  it('refuses a source off Salesforce, a translated source and an inline link off Salesforce', () => {
    const sources = ['1. https://help.salesforce.com/s/articleView?id=x&language=de&type=1 — German', '2. https://blog.example.com/credits — a blog'].join('\n');
    const problems = audit('## Cost {#cost}\n\nSee the [blog](https://blog.example.com/post) [1][2].', sources);
    expect(problems.map(describeProblem)).toEqual([
      'knowledge/doc.md#sources: entry 1: https://help.salesforce.com/s/articleView?id=x&language=de&type=1 is a non-English page (language=de); cite the English one (language=en_US, atlas.en-us)',
      'knowledge/doc.md#sources: entry 2: https://blog.example.com/credits is not on a salesforce.com, trailhead.salesforce.com or mulesoft.com host',
      'knowledge/doc.md#cost: links to https://blog.example.com/post is not on a salesforce.com, trailhead.salesforce.com or mulesoft.com host',
    ]);
  });

  it('reports a document without a Sources section', () => {
    const text = doc('## Only {#only}\n\nA lead [1].').replace(/## Sources[\s\S]*$/, '');
    expect(auditDocument('knowledge/doc.md', text)).toEqual([{ file: 'knowledge/doc.md', section: 'sources', message: 'has no `## Sources {#sources}` section' }]);
  });
});

describe('statesFigure', () => {
  it('sees digits outside the exempt parts only', () => {
    expect(statesFigure('Data 360 lands S3 files.')).toBe(false);
    expect(statesFigure('Data 360 keeps history for 20 days.')).toBe(true);
    expect(statesFigure('Deletes cap at 200 [12].')).toBe(true);
    expect(statesFigure('S3a buckets hold 3 files.')).toBe(true);
  });
});

describe('auditKnowledgeFolder', () => {
  it('audits every document, whatever its name, and skips README.md and CHANGELOG.md', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-audit-'));
    writeFileSync(join(dir, 'README.md'), 'Notes with 12 figures and no sources.\n');
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changes\n\n- 2026-12: changed 36 hours to 13.\n');
    writeFileSync(join(dir, 'new-topic.md'), doc('## Fresh {#fresh}\n\nRuns every 5 minutes.').replace('id: doc', 'id: new-topic'));
    const problems = await auditKnowledgeFolder(dir);
    expect(problems.map((p) => `${p.file.split('/').pop()}#${p.section}`)).toEqual(['new-topic.md#fresh', 'new-topic.md#fresh']);
  });
});
