// Draws the toolbar icons (three overlapping rings: goals, tasks, bond) as PNGs with no image
// library: a pixel loop, zlib and a hand-written PNG container. Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

function icon(size: number): Buffer {
  const rings = [
    { x: 0.5, y: 0.36, rgb: [0x0f, 0x76, 0x6e] },
    { x: 0.36, y: 0.62, rgb: [0x25, 0x63, 0xeb] },
    { x: 0.64, y: 0.62, rgb: [0xd9, 0x77, 0x06] },
  ];
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const px = (x + 0.5) / size;
      const py = (y + 0.5) / size;
      let rgba = [0, 0, 0, 0];
      for (const r of rings) {
        const d = Math.hypot(px - r.x, py - r.y);
        const edge = Math.abs(d - 0.22);
        const a = Math.max(0, Math.min(1, (0.07 - edge) * size));
        if (a > 0) rgba = [r.rgb[0]!, r.rgb[1]!, r.rgb[2]!, Math.round(255 * Math.max(a, rgba[3]! / 255))];
      }
      rgba.forEach((v, i) => (raw[y * (size * 4 + 1) + 1 + x * 4 + i] = v));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

for (const s of [16, 48, 128]) writeFileSync(new URL(`../public/icons/icon-${s}.png`, import.meta.url), icon(s));
