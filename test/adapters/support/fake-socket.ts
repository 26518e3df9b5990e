import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/**
 * A stand-in for Slack's Socket Mode endpoint: a bare WebSocket server (RFC 6455, text frames
 * only) that says hello, sends envelopes, and records what the app sends back (acks).
 */
export class FakeSocketMode {
  readonly received: Array<Record<string, unknown>> = [];
  private readonly server: Server;
  private socket: Duplex | null = null;
  private buffer = Buffer.alloc(0);
  private connected: () => void = () => undefined;
  readonly ready = new Promise<void>((resolve) => (this.connected = resolve));

  constructor() {
    this.server = createServer((_req, res) => res.writeHead(426).end());
    this.server.on('upgrade', (req, socket) => {
      const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      this.socket = socket;
      socket.on('data', (chunk: Buffer) => this.read(chunk));
      socket.on('error', () => undefined);
      this.send({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A0001' } });
      this.connected();
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  async stop(): Promise<void> {
    this.socket?.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  send(message: unknown): void {
    const payload = Buffer.from(JSON.stringify(message));
    const head = payload.length < 126 ? Buffer.from([0x81, payload.length]) : Buffer.from([0x81, 126, payload.length >> 8, payload.length & 0xff]);
    this.socket?.write(Buffer.concat([head, payload]));
  }

  /** Waits for the app's ack of an envelope. */
  async ackOf(envelopeId: string, timeoutMs = 5_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const ack = this.received.find((m) => m.envelope_id === envelopeId);
      if (ack) return ack;
      if (Date.now() > deadline) throw new Error(`no ack of ${envelopeId}; received ${JSON.stringify(this.received)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Client frames are masked; pings are answered, text frames recorded as JSON. */
  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 2) {
      const opcode = this.buffer[0]! & 0x0f;
      let length = this.buffer[1]! & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (this.buffer.length < 4) return;
        length = this.buffer.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (this.buffer.length < 10) return;
        length = Number(this.buffer.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buffer.length < offset + 4 + length) return;
      const mask = this.buffer.subarray(offset, offset + 4);
      const payload = Buffer.from(this.buffer.subarray(offset + 4, offset + 4 + length).map((byte, i) => byte ^ mask[i % 4]!));
      this.buffer = this.buffer.subarray(offset + 4 + length);
      if (opcode === 0x1) this.received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
      else if (opcode === 0x9) this.socket?.write(Buffer.concat([Buffer.from([0x8a, payload.length]), payload]));
      else if (opcode === 0x8) this.socket?.end(Buffer.from([0x88, 0]));
    }
  }
}
