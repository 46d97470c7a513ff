// Decodes the PNGs a browser's screenshot gives (8-bit RGB or RGBA, not
// interlaced: what Firefox and WebKit write) to count differing pixels,
// without a library.
import { inflateSync } from 'node:zlib';

export function decodePng(buf) {
  let p = 8;
  let w = 0, h = 0, type = 0;
  const idat = [];
  while (p < buf.length) {
    const len = buf.readUInt32BE(p);
    const name = buf.toString('latin1', p + 4, p + 8);
    const data = buf.subarray(p + 8, p + 8 + len);
    if (name === 'IHDR') {
      w = data.readUInt32BE(0);
      h = data.readUInt32BE(4);
      if (data[8] !== 8 || (data[9] !== 2 && data[9] !== 6) || data[12] !== 0) throw new Error('png.mjs reads 8-bit RGB(A), not interlaced');
      type = data[9];
    } else if (name === 'IDAT') idat.push(data);
    p += 12 + len;
  }
  const bpp = type === 6 ? 4 : 3;
  const stride = w * bpp;
  const raw = inflateSync(Buffer.concat(idat));
  const px = Buffer.alloc(h * stride);
  for (let y = 0; y < h; y++) {
    const filter = raw[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? px[y * stride + x - bpp] : 0;
      const b = y ? px[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y ? px[(y - 1) * stride + x - bpp] : 0;
      const pa = Math.abs(b - c), pb = Math.abs(a - c), pc = Math.abs(a + b - 2 * c);
      const pred = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      px[y * stride + x] = (raw[line + x] + pred) & 255;
    }
  }
  return { width: w, height: h, bpp, px };
}

/**
 * How many pixels of two screenshots differ (all of them when the sizes do),
 * by more than `tolerance` in a channel (anti-aliasing at a rounded corner
 * may land one unit apart from one raster to the next).
 */
export function differingPixels(a, b, tolerance = 0) {
  const A = decodePng(a), B = decodePng(b);
  if (A.width !== B.width || A.height !== B.height) return Math.max(A.width * A.height, B.width * B.height);
  let n = 0;
  for (let i = 0; i < A.width * A.height; i++) {
    for (let k = 0; k < 3; k++) {
      if (Math.abs(A.px[i * A.bpp + k] - B.px[i * B.bpp + k]) > tolerance) {
        n++;
        break;
      }
    }
  }
  return n;
}
