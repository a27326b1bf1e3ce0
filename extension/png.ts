// A small heatmap picture of a tensor summary as a PNG data URI (for hovers, where no canvas exists): the sample's
// first 2-D slice, coloured by the renderer's colour maps (renderer/colormap.ts), each element a block of pixels.
import { deflateSync } from 'node:zlib';
import type { TensorSummary } from '../kernel/protocol';
import { colorOf, layoutOf, scaleFor, type Scale } from '../renderer/colormap';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** PNG bytes of an RGB image (row-major, 3 bytes per pixel). */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;   // bit depth
  header[9] = 2;   // colour type: RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;   // filter: none
    Buffer.from(rgb.buffer, rgb.byteOffset + y * width * 3, width * 3).copy(raw, y * (width * 3 + 1) + 1);
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]);
}

/** The heatmap of `t`'s first 2-D slice, about `target` pixels on its longer side; null without values. */
export function heatmapPng(t: TensorSummary, kind: Scale['kind'], target = 96): string | null {
  const s = t.sample;
  if (!s || !t.stats || s.values.length === 0 || t.shape.length === 0) return null;
  const { rows, cols } = layoutOf(s.shape);
  const cell = Math.max(1, Math.floor(target / Math.max(rows, cols)));
  const scale = scaleFor(kind, t.stats.min, t.stats.max);
  const w = cols * cell, h = rows * cell;
  const rgb = new Uint8Array(w * h * 3);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      // slice 0's (r, c), as sampleValue(s, 0, r, c); indexing rather than destructuring the colour keeps the first
      // hover cheap while V8 still interprets this loop (~4,000 values)
      const color = colorOf(s.values[r * cols + c], scale);
      for (let y = r * cell; y < (r + 1) * cell; y++) {
        for (let x = c * cell; x < (c + 1) * cell; x++) {
          const o = (y * w + x) * 3;
          rgb[o] = color[0]; rgb[o + 1] = color[1]; rgb[o + 2] = color[2];
        }
      }
    }
  }
  return `data:image/png;base64,${encodePng(w, h, rgb).toString('base64')}`;
}
