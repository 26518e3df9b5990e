import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Slack's side, in its own process as in production: the Web API (auth.test) and the response
 * URLs the replies go to. It only counts what it receives.
 */
const SLACK_STAND_IN = `
const http = require('node:http');
let replies = 0;
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.url.startsWith('/hooks/')) replies += 1;
    const body = req.url === '/api/auth.test' ? { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0001' } : req.url === '/count' ? { replies } : { ok: true };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
});
server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
`;

export async function startStandIn(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['-e', SLACK_STAND_IN], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { url: `http://127.0.0.1:${port}`, child };
}

/** How many replies reached the response URLs so far. */
export async function replyCount(url: string): Promise<number> {
  const res = await fetch(`${url}/count`);
  return ((await res.json()) as { replies: number }).replies;
}
