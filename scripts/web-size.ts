/**
 * The web app's first-page budget: the gzipped JavaScript a visit to `/` loads — the entry chunk, the Start page's
 * chunk (loaded at once by the router), and every chunk they import statically — read from Vite's manifest.
 * Lazily loaded pages and libraries (the PDF renderer) are listed apart, as they are not part of the first load.
 *
 *   npm run web:size                # after `npm run build`; prints the table
 *   npm run web:size -- --json      # the figures as JSON
 *   npm run web:size -- --check     # exits 1 when the first page is over the budget
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

export const BUDGET_BYTES = 200 * 1024;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface WebSize {
  /** The JavaScript the first page loads. */
  firstPage: SizedFile[];
  firstPageGzip: number;
  /** Every other JavaScript chunk, loaded only when a page needs it. */
  lazy: SizedFile[];
  css: SizedFile[];
}

const DIST = fileURLToPath(new URL('../packages/web/dist/', import.meta.url));

function sized(dist: string, file: string): SizedFile {
  const content = readFileSync(join(dist, file));
  return { file, bytes: content.length, gzip: gzipSync(content).length };
}

/** The chunks `keys` load before they run: themselves and their static imports, transitively. */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

export function measure(dist: string = DIST, firstRoute = 'src/pages/Start.tsx'): WebSize {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry: is packages/web built?');
  if (!manifest[firstRoute]) throw new Error(`the manifest has no chunk for ${firstRoute}`);
  const first = closure(manifest, [entry, firstRoute]);
  const firstFiles = new Set([...first].map((key) => manifest[key]!.file));
  const firstPage = [...firstFiles].map((file) => sized(dist, file));
  const allJs = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));
  const lazy = [...allJs].filter((file) => !firstFiles.has(file)).map((file) => sized(dist, file));
  const cssFiles = new Set(Object.values(manifest).flatMap((chunk) => [...(chunk.css ?? []), ...(chunk.file.endsWith('.css') ? [chunk.file] : [])]));
  const css = [...cssFiles].map((file) => sized(dist, file));
  return { firstPage, firstPageGzip: firstPage.reduce((sum, f) => sum + f.gzip, 0), lazy, css };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function table(title: string, files: SizedFile[]): string {
  const rows = [...files].sort((a, b) => b.gzip - a.gzip).map((f) => `  ${f.file.padEnd(44)} ${kb(f.bytes).padStart(10)} ${kb(f.gzip).padStart(10)}`);
  return [`${title}`, `  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`, ...rows].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, check: { type: 'boolean' } } });
  const size = measure();
  if (values.json) console.log(JSON.stringify(size, null, 2));
  else {
    console.log(table('First page (/): JavaScript loaded before it shows', size.firstPage));
    console.log(`  total gzipped: ${kb(size.firstPageGzip)} of a ${kb(BUDGET_BYTES)} budget\n`);
    console.log(table('Loaded later, by the page that needs it', size.lazy));
    console.log();
    console.log(table('Stylesheets', size.css));
  }
  if (values.check && size.firstPageGzip > BUDGET_BYTES) {
    console.error(`Over budget: the first page loads ${kb(size.firstPageGzip)} of gzipped JavaScript (budget ${kb(BUDGET_BYTES)})`);
    process.exitCode = 1;
  }
}
