import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:tls';
import { fileURLToPath } from 'node:url';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../../fixtures/tls/${name}`, import.meta.url)));
// A self-signed certificate for login.botframework.com, trusted only by the agent below.
const CERT = fixture('microsoft-login-stand-in.crt');
const KEY = fixture('microsoft-login-stand-in.key');

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');

/**
 * A stand-in for Bot Framework's token signing keys (login.botframework.com over HTTPS, on a
 * loopback port). While it runs, every HTTPS request of the test process goes to it, so tokens
 * it signs pass the SDK's real validation: signature, audience, issuer, expiry.
 */
export class MicrosoftKeys {
  readonly hosts: string[] = [];
  private readonly kid = 'stand-in-key-1';
  private readonly privateKey: KeyObject;
  private readonly server: https.Server;
  private original = https.globalAgent;

  constructor() {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    const jwk = { ...publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', alg: 'RS256' };
    this.server = https.createServer({ cert: CERT, key: KEY }, (req, res) => {
      if (req.url === '/v1/.well-known/keys') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      res.writeHead(404).end();
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const port = (this.server.address() as AddressInfo).port;
    const hosts = this.hosts;
    this.original = https.globalAgent;
    const agent = new https.Agent({ keepAlive: false });
    // Every host name goes to the stand-in, which only a certificate for Microsoft's login hosts can answer.
    agent.createConnection = (options, callback) => {
      const servername = String((options as { servername?: string; host?: string }).servername ?? (options as { host?: string }).host);
      hosts.push(servername);
      const socket = connect({ host: '127.0.0.1', port, servername, ca: CERT });
      if (callback) socket.once('secureConnect', () => callback(null, socket)).once('error', (error) => callback(error, socket));
      return socket;
    };
    https.globalAgent = agent;
    return this;
  }

  async stop(): Promise<void> {
    https.globalAgent = this.original;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A Bot Framework token signed with the stand-in's key; `undefined` claims are left out. */
  token(claims: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    const all = Object.fromEntries(Object.entries({ iss: 'https://api.botframework.com', nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims }).filter(([, v]) => v !== undefined));
    const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: this.kid }));
    const payload = base64url(JSON.stringify(all));
    return `${header}.${payload}.${base64url(sign('sha256', Buffer.from(`${header}.${payload}`), this.privateKey))}`;
  }
}
