// Draws the app icons (a simple parent-and-child figure on the brand colour) as PNGs with no
// image library: run once with `node scripts/data/make-icons.mjs`; the PNGs are committed in public/icons.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const BRAND = [0x00, 0x61, 0x5c];
const WHITE = [0xff, 0xff, 0xff];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

/** Figures sit inside `scale` of the square (maskable icons keep to the central safe zone). */
function draw(size, scale) {
  const inFigure = (x, y) => {
    // Work in a unit square centred on 0,0, shrunk by scale.
    const u = (x / size - 0.5) / scale;
    const v = (y / size - 0.5) / scale;
    const disc = (cx, cy, r) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
    const body = (cx, top, r) => disc(cx, top + r, r) && v <= top + r;
    // Adult (left) and child (right): heads and half-disc bodies.
    return disc(-0.12, -0.2, 0.12) || body(-0.12, -0.02, 0.24) || disc(0.2, 0.02, 0.085) || body(0.2, 0.13, 0.13);
  };
  const raw = Buffer.alloc((size * 3 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b] = inFigure(x + 0.5, y + 0.5) ? WHITE : BRAND;
      const i = y * (size * 3 + 1) + 1 + x * 3;
      raw[i] = r;
      raw[i + 1] = g;
      raw[i + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
writeFileSync('public/icons/icon-192.png', draw(192, 1));
writeFileSync('public/icons/icon-512.png', draw(512, 1));
writeFileSync('public/icons/maskable-512.png', draw(512, 0.7));
writeFileSync('public/icons/apple-touch-icon-180.png', draw(180, 0.9));
