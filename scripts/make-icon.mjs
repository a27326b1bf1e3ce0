// Draws media/icon.png (128x128): a 3x3 tensor as a heatmap in PyTorch-like oranges on a dark rounded tile.
// Plain Node (zlib for the PNG), so it needs nothing installed: node scripts/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4; // supersampling per axis, for smooth edges
const BACKGROUND = [0x1f, 0x23, 0x2b];
const HEAT = [0.35, 0.8, 0.55, 1.0, 0.25, 0.7, 0.6, 0.9, 0.4]; // one value per cell, row-major
const LOW = [0x5a, 0x2a, 0x22];
const HIGH = [0xee, 0x4c, 0x2c];

/** Inside a rounded rectangle [x0, x1) x [y0, y1) with corner radius r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** RGBA of one sample point. */
function colour(x, y) {
  const cell = 30;
  const gap = 6;
  const start = (SIZE - 3 * cell - 2 * gap) / 2;
  for (let i = 0; i < 9; i++) {
    const cx = start + (i % 3) * (cell + gap);
    const cy = start + Math.floor(i / 3) * (cell + gap);
    if (inRoundedRect(x, y, cx, cy, cx + cell, cy + cell, 5)) {
      return [...LOW.map((low, c) => Math.round(low + (HIGH[c] - low) * HEAT[i])), 255];
    }
  }
  return inRoundedRect(x, y, 0, 0, SIZE, SIZE, 22) ? [...BACKGROUND, 255] : [0, 0, 0, 0];
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const rgba = colour(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
        for (let c = 0; c < 3; c++) sum[c] += rgba[c] * rgba[3];
        sum[3] += rgba[3];
      }
    }
    const alpha = sum[3] / SAMPLES ** 2;
    for (let c = 0; c < 3; c++) row[1 + x * 4 + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
    row[1 + x * 4 + 3] = Math.round(alpha);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'media', 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
