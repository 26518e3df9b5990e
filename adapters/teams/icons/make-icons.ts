import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png.js';

/**
 * Draws the app's icons (`npx tsx adapters/teams/icons/make-icons.ts`): three data streams
 * running into a check mark. color.png (192×192) is white on the brand blue; outline.png
 * (32×32) is white on transparent, as Teams requires. The PNGs are committed; run this only
 * to change them.
 */
type Segment = readonly [number, number, number, number];

const STREAMS: Segment[] = [
  [0.16, 0.34, 0.36, 0.34],
  [0.26, 0.5, 0.42, 0.5],
  [0.16, 0.66, 0.36, 0.66],
];
const CHECK: Segment[] = [
  [0.5, 0.5, 0.62, 0.63],
  [0.62, 0.63, 0.84, 0.33],
];
const BRAND = [0x1d, 0x4f, 0x91] as const;

function distance(x: number, y: number, [x1, y1, x2, y2]: Segment): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** How much of pixel (px, py) the glyph covers, 0 to 1: strokes of `width` (a share of the icon) with round ends. */
function coverage(px: number, py: number, size: number, width: number): number {
  const x = (px + 0.5) / size;
  const y = (py + 0.5) / size;
  const nearest = Math.min(...[...STREAMS, ...CHECK].map((segment) => distance(x, y, segment)));
  // Signed distance in pixels to the stroke's edge, turned into anti-aliased coverage.
  return Math.max(0, Math.min(1, 0.5 - (nearest - width / 2) * size));
}

function draw(size: number, width: number, background: boolean): Buffer {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const a = coverage(px, py, size, width);
      const at = (py * size + px) * 4;
      if (background) {
        for (let c = 0; c < 3; c += 1) rgba[at + c] = Math.round(BRAND[c]! + (255 - BRAND[c]!) * a);
        rgba[at + 3] = 255;
      } else {
        rgba.set([255, 255, 255, Math.round(255 * a)], at);
      }
    }
  }
  return encodePng(size, rgba);
}

export function makeIcons(): { color: Buffer; outline: Buffer } {
  return { color: draw(192, 0.075, true), outline: draw(32, 0.11, false) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { color, outline } = makeIcons();
  writeFileSync(new URL('../color.png', import.meta.url), color);
  writeFileSync(new URL('../outline.png', import.meta.url), outline);
  process.stdout.write(`wrote adapters/teams/color.png (${color.length} bytes) and outline.png (${outline.length} bytes)\n`);
}
