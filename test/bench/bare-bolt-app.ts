import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, ExpressReceiver, LogLevel, type Logger } from '@slack/bolt';

/**
 * The bare Bolt app the Slack benchmark compares the advisor with, in its own process as the
 * advisor is: the same Express receiver and one `/ingest-review` listener that only acks, or
 * (with BARE_REPLY, a JSON message) acks with that fixed message: the cost of carrying the
 * answer without doing any of the work.
 */
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
const reply = process.env.BARE_REPLY ? (JSON.parse(process.env.BARE_REPLY) as object) : undefined;

const receiver = new ExpressReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET ?? '', logger: quiet });
const app = new App({ receiver, token: 'xoxb-bench', botId: 'BBOT', botUserId: 'UBOT', tokenVerificationEnabled: false, logger: quiet });
app.command('/ingest-review', async ({ ack }) => (reply ? ack(reply as never) : ack()));

const server = createServer(receiver.app);
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
