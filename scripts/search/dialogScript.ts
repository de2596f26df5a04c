// The gzipped size of the script the search dialog loads on first open: its chunk in the built site
// and every chunk it imports, found by following the `import … from "./x.js"` lines Vite writes.
// Some of those chunks (Preact) may already be on the page; counting them gives the worst case.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const IMPORT = /(?:from|import)\s*"\.\/([^"]+\.js)"/g;

export function dialogScript(dist: string): { gzip: number; panelGzip: number; files: string[] } | undefined {
  const dir = join(dist, '_astro');
  if (!existsSync(dir)) return undefined;
  const names = readdirSync(dir);
  const entry = names.find((n) => /^mountDialog\.[\w-]+\.js$/.test(n));
  if (!entry) return undefined;
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const m of readFileSync(join(dir, name), 'utf8').matchAll(IMPORT)) visit(m[1]);
  };
  visit(entry);
  const size = (name: string) => gzipSync(readFileSync(join(dir, name))).length;
  const panel = [...seen].find((n) => n.startsWith('SearchPanel.'));
  return { gzip: [...seen].reduce((sum, n) => sum + size(n), 0), panelGzip: panel ? size(panel) : 0, files: [...seen].map((n) => n.split('.')[0]) };
}
