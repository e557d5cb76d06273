#!/usr/bin/env node
// Podsmith's icons: public/icons/icon.svg and the PNGs browsers and home screens ask
// for, all drawn from the one glyph below. The outputs are committed, so building the app
// needs no image tool; run this (`npm run icons`) only after changing the drawing.
// PNGs are rendered by rsvg-convert, Debian's librsvg2-bin (`apt-get install -y librsvg2-bin`).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../public/icons/', import.meta.url));
const BLUE = '#1d4ed8'; // the app's primary button
const PALE = '#93c5fd'; // the app's focus blue, lighter

/**
 * A pod (the outline) holding two containers that share a volume (the bar under them),
 * on a 512 × 512 grid, centred on (256, 256).
 */
const GLYPH = [
  `<rect x="96" y="112" width="320" height="288" rx="40" fill="none" stroke="#fff" stroke-width="24"/>`,
  `<rect x="148" y="168" width="96" height="104" rx="14" fill="#fff"/>`,
  `<rect x="268" y="168" width="96" height="104" rx="14" fill="#fff"/>`,
  `<rect x="148" y="300" width="216" height="48" rx="14" fill="${PALE}"/>`,
].join('');

const svg = (body) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${body}</svg>\n`;

/** For tabs and desktops: a rounded tile, the glyph at full size. */
const TILE = svg(`<title>Podsmith</title><rect width="512" height="512" rx="96" fill="${BLUE}"/>${GLYPH}`);
/**
 * For home screens that cut their own shape (maskable, iOS): the colour bleeds to the
 * edges and the glyph shrinks into the safe zone, the circle of 40 % radius in the middle.
 */
const FULL_BLEED = svg(`<rect width="512" height="512" fill="${BLUE}"/><g transform="translate(256 256) scale(0.78) translate(-256 -256)">${GLYPH}</g>`);

const PNGS = [
  { file: 'icon-192.png', size: 192, source: TILE },
  { file: 'icon-512.png', size: 512, source: TILE },
  { file: 'icon-maskable-512.png', size: 512, source: FULL_BLEED },
  { file: 'apple-touch-icon.png', size: 180, source: FULL_BLEED },
];

mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}icon.svg`, TILE);
for (const { file, size, source } of PNGS) {
  const result = spawnSync('rsvg-convert', ['--width', String(size), '--height', String(size), '--format', 'png', '--output', `${OUT}${file}`], { input: source });
  if (result.error || result.status !== 0) {
    console.error(`make-icons: rsvg-convert failed for ${file}: ${result.error?.message ?? result.stderr}`);
    console.error('make-icons: install it with `apt-get install -y librsvg2-bin`');
    process.exit(1);
  }
  console.log(`make-icons: public/icons/${file} (${size} × ${size})`);
}
