#!/usr/bin/env node
/**
 * Draws the three tab-bar icons (首页 / 办事 / 我的) as 81×81 PNGs, grey and blue, into src/assets/tab/.
 * Mini-program tab bars need PNG files; drawing them here keeps the repo free of binary design sources.
 * Also draws the H5 site's favicon.ico (a blue disc with the home shape), copied into dist/h5 by the build.
 * Run once after changing a shape: node scripts/make-tab-icons.mjs
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const S = 81
const out = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../src/assets/tab')

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4)
  len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
function png(inside, [r, g, b]) {
  const raw = Buffer.alloc(S * (S * 4 + 1))
  for (let y = 0; y < S; y++) {
    raw[y * (S * 4 + 1)] = 0
    for (let x = 0; x < S; x++) {
      // 4× supersampling for smooth edges
      let hits = 0
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) if (inside(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4)) hits++
      const o = y * (S * 4 + 1) + 1 + x * 4
      raw[o] = r
      raw[o + 1] = g
      raw[o + 2] = b
      raw[o + 3] = Math.round((hits / 16) * 255)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(S, 0)
  ihdr.writeUInt32BE(S, 4)
  ihdr[8] = 8
  ihdr[9] = 6
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const inRect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const shapes = {
  // a house: roof triangle + body with a door
  home: (x, y) =>
    (y >= 14 && y <= 40 && Math.abs(x - 40.5) <= (y - 14) * 1.15 && Math.abs(x - 40.5) >= (y - 14) * 1.15 - 9) ||
    (inRect(x, y, 20, 38, 61, 68) && !inRect(x, y, 26, 44, 55, 62)) ||
    inRect(x, y, 35, 50, 46, 68),
  // four rounded tiles
  services: (x, y) =>
    [
      [14, 14],
      [44, 14],
      [14, 44],
      [44, 44],
    ].some(([a, b]) => inRect(x, y, a, b, a + 23, b + 23) && !inRect(x, y, a + 5, b + 5, a + 18, b + 18)),
  // a person: head ring + shoulders arc
  mine: (x, y) => {
    const dh = Math.hypot(x - 40.5, y - 28)
    const db = Math.hypot(x - 40.5, y - 72)
    return (dh <= 13 && dh >= 7) || (y <= 68 && db <= 30 && db >= 24)
  },
}
fs.mkdirSync(out, { recursive: true })
for (const [name, f] of Object.entries(shapes)) {
  fs.writeFileSync(path.join(out, `${name}.png`), png(f, [0x4e, 0x59, 0x69]))
  fs.writeFileSync(path.join(out, `${name}-active.png`), png(f, [0x16, 0x77, 0xff]))
}
console.log(`tab icons written to ${out}`)

// favicon.ico: one 81×81 PNG image inside an ICO directory (every browser reads PNG-in-ICO)
const disc = (x, y) => Math.hypot(x - 40.5, y - 40.5) <= 40 && !shapes.home(x, y)
const image = png(disc, [0x09, 0x58, 0xd9])
const header = Buffer.alloc(22)
header.writeUInt16LE(0, 0) // reserved
header.writeUInt16LE(1, 2) // type: icon
header.writeUInt16LE(1, 4) // one image
header[6] = S // width
header[7] = S // height
header.writeUInt16LE(1, 10) // colour planes
header.writeUInt16LE(32, 12) // bits per pixel
header.writeUInt32LE(image.length, 14)
header.writeUInt32LE(22, 18) // offset of the image
const favicon = path.resolve(out, '../favicon.ico')
fs.writeFileSync(favicon, Buffer.concat([header, image]))
console.log(`favicon written to ${favicon}`)
