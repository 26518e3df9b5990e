import { describe, expect, it } from 'vitest';
import { sourceUrlProblem } from '../../src/knowledge/source-urls.js';

describe('sourceUrlProblem', () => {
  it('accepts English Salesforce, Trailhead and MuleSoft documentation', () => {
    for (const url of [
      'https://help.salesforce.com/s/articleView?id=data.c360_a_category.htm&language=en_US&type=5',
      'https://help.salesforce.com/apex/HTViewHelpDoc?id=data.c360_a_refresh_now.htm',
      'https://developer.salesforce.com/docs/atlas.en-us.api_meta.meta/api_meta/meta_datastreamtemplate.htm',
      'https://trailhead.salesforce.com/content/learn/modules/data-cloud-powered-experiences',
      'https://docs.mulesoft.com/salesforce-data-cloud-connector/latest',
      'https://www.salesforce.com/en-us/wp-content/uploads/rate-sheet.pdf',
    ]) {
      expect(sourceUrlProblem(url), url).toBeNull();
    }
  });

  it('refuses other hosts, including look-alikes', () => {
    for (const url of ['https://onemerge.co.uk/blog/credits', 'https://salesforce.com.example.org/x', 'https://notsalesforce.com/x']) {
      expect(sourceUrlProblem(url), url).toContain('is not on a salesforce.com, trailhead.salesforce.com or mulesoft.com host');
    }
  });

  it('refuses translated pages and names the locale', () => {
    expect(sourceUrlProblem('https://help.salesforce.com/s/articleView?id=005227575&language=es&type=1')).toContain('(language=es)');
    expect(sourceUrlProblem('https://developer.salesforce.com/docs/atlas.ja-jp.246.0.api_meta.meta/api_meta/x.htm')).toContain('(atlas.ja-jp)');
    expect(sourceUrlProblem('https://docs.mulesoft.com/jp/release-notes/connector/x')).toContain('(jp)');
  });

  it('refuses text that is not a URL', () => {
    expect(sourceUrlProblem('help.salesforce.com/no-scheme')).toContain('is not a URL');
  });
});
