/**
 * Writes app/favicon.ico from app/icon.svg (a tiny graph): PNG renderings at 16, 32 and 48 px
 * packed in an ICO container (PNG entries, which every current browser reads). Run it after
 * editing the SVG: node lib/tools/favicon.mjs. Next serves both (app/ icon conventions).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { Resvg } from '@resvg/resvg-js'

const SIZES = [16, 32, 48]
const svg = readFileSync('app/icon.svg', 'utf8')
const pngs = SIZES.map((size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng())

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the images.
const header = Buffer.alloc(6 + 16 * SIZES.length)
header.writeUInt16LE(0, 0) // reserved
header.writeUInt16LE(1, 2) // type: icon
header.writeUInt16LE(SIZES.length, 4)
let offset = header.length
SIZES.forEach((size, i) => {
  const at = 6 + 16 * i
  header.writeUInt8(size % 256, at) // width (0 would mean 256)
  header.writeUInt8(size % 256, at + 1) // height
  header.writeUInt8(0, at + 2) // no palette
  header.writeUInt8(0, at + 3) // reserved
  header.writeUInt16LE(1, at + 4) // colour planes
  header.writeUInt16LE(32, at + 6) // bits per pixel
  header.writeUInt32LE(pngs[i].length, at + 8)
  header.writeUInt32LE(offset, at + 12)
  offset += pngs[i].length
})
writeFileSync('app/favicon.ico', Buffer.concat([header, ...pngs]))
console.log(`favicon: wrote app/favicon.ico (${SIZES.join(', ')} px, ${offset} bytes)`)
