#!/usr/bin/env node
// Makes the app icons in build/ from build/icon.svg (placeholders until a designer's icon):
// icon.png (512 px, Linux and the window icon), icon.ico (Windows) and icon.icns (macOS).
// Needs ImageMagick's `convert` to draw the SVG; the ICNS container is written here, since
// ImageMagick cannot write one. Run by hand after editing the SVG: node scripts/make-icons.mjs
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '..', 'build');
const svg = path.join(dir, 'icon.svg');

function png(size, out) {
  execFileSync('convert', [
    '-background',
    'none',
    '-density',
    '384',
    svg,
    '-resize',
    `${size}x${size}`,
    '-depth',
    '8',
    `PNG32:${out}`,
  ]);
  return readFileSync(out);
}

/** An ICNS file: 'icns', total length, then (type, length, PNG) entries, big-endian. */
function icns(entries) {
  const chunks = entries.map(([type, data]) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([header, data]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'ascii');
  header.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([header, ...chunks]);
}

const main = png(512, path.join(dir, 'icon.png'));
const temp = (size) => path.join(dir, `.icon-${size}.png`);
const sizes = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024 };
writeFileSync(
  path.join(dir, 'icon.icns'),
  icns(
    Object.entries(sizes).map(([type, size]) => [
      type,
      size === 512 ? main : png(size, temp(size)),
    ]),
  ),
);
execFileSync('convert', [
  path.join(dir, 'icon.png'),
  '-define',
  'icon:auto-resize=256,128,64,48,32,16',
  path.join(dir, 'icon.ico'),
]);
for (const size of Object.values(sizes)) rmSync(temp(size), { force: true });
console.log('build/icon.png, build/icon.ico and build/icon.icns written from build/icon.svg');
