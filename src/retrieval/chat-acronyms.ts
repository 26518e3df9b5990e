/**
 * Short forms people type in chat that the documents may never spell out. The documents'
 * own `acronyms` front matter is merged over these.
 */
export const CHAT_ACRONYMS: Readonly<Record<string, string>> = {
  pk: 'primary key',
  fr: 'full refresh',
  sfdc: 'salesforce crm',
  sf: 'salesforce',
  mc: 'marketing cloud',
  mce: 'marketing cloud engagement',
  ci: 'calculated insight',
  cis: 'calculated insights',
  ir: 'identity resolution',
  dlo: 'data lake object',
  dlos: 'data lake objects',
  dmo: 'data model object',
  dmos: 'data model objects',
  sdk: 'software development kit',
  gcs: 'google cloud storage',
  api: 'application programming interface',
  crm: 'customer relationship management',
  eid: 'enterprise id',
  iam: 'identity access management',
  cdp: 'customer data platform',
  dc: 'data360',
  d360: 'data360',
};
