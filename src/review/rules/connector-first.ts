import { CONNECTOR_CAPABILITIES, packagedConnectorFor } from '../connectors.js';
import type { Connector, StreamDescription } from '../stream-description.js';
import { setting } from '../wording.js';
import { notApplicable, pass, warn, type Rule, type RuleOutcome } from './rule.js';

const CUSTOM: readonly Connector[] = ['ingestion-api', 'mulesoft', 'other'];

function evaluate(stream: StreamDescription): RuleOutcome {
  const { connector, sourceSystem } = stream;
  if (!CUSTOM.includes(connector)) return notApplicable(`${setting('connector', connector)} is a packaged connector already.`);
  if (!sourceSystem) return notApplicable('sourceSystem is not given, so there is no packaged connector to compare with.');
  const packaged = packagedConnectorFor(sourceSystem);
  if (!packaged) return pass(`sourceSystem ${sourceSystem} has no packaged connector, so ${connector} is the way in.`);
  const free = CONNECTOR_CAPABILITIES[packaged].internalPipeline ? ', and its rows are not billed as ingested rows' : '';
  return warn(
    `sourceSystem ${sourceSystem} has a packaged connector (${packaged}${free}), but this stream goes through ${connector}: plumbing you build, run and fix yourself.`,
    `Use the ${packaged} connector unless it cannot reach this data; if it cannot, write down why.`,
  );
}

export const connectorFirst: Rule = {
  id: 'connector-first',
  title: 'A packaged connector before custom plumbing',
  refs: ['connectors', 'ingestion-api'],
  evaluate,
};
