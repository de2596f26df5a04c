/** Builds and serves the site for the benchmarks (`astro preview`), and stops it again. */
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

/**
 * `npm run build`, unless the command line says `--no-build`. vite-node runs the benchmarks with
 * NODE_ENV=development, which would give the site development builds of Preact and xstate
 * (devtools hooks, warnings): build as `npm run build` does.
 */
export function buildUnlessAsked() {
  if (process.argv.includes('--no-build')) return;
  const { NODE_ENV: _dev, ...env } = process.env;
  execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** Debian's Chromium where it is installed, as in playwright.config.ts; Playwright's own elsewhere. */
export const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => !!p && existsSync(p),
);
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

export async function servePreview(port: number): Promise<{ url: string; stop: () => void }> {
  const url = `http://127.0.0.1:${port}/`;
  if (await fetch(url).then(() => true, () => false)) throw new Error(`port ${port} is taken: set BENCH_PORT to a free one`);
  // Its own process group, so stopping it also stops anything it started.
  const server = spawn('node_modules/.bin/astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 200; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`astro preview did not answer at ${url}`);
}

const COMPRESSIBLE = /text\/|javascript|json|svg|xml|manifest/;

/**
 * A gzip front for `astro preview`, which serves files uncompressed: any real static host
 * compresses text, and Lighthouse's throttled load times depend on the bytes sent.
 */
export async function serveGzipped(upstream: string, port: number): Promise<{ url: string; stop: () => void }> {
  const server = createServer(async (req, res) => {
    try {
      const answer = await fetch(new URL(req.url ?? '/', upstream), { redirect: 'manual' });
      let body: Buffer = Buffer.from(await answer.arrayBuffer());
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, key) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'].includes(key)) headers[key] = value;
      });
      if (/gzip/.test(String(req.headers['accept-encoding'])) && COMPRESSIBLE.test(headers['content-type'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(answer.status, headers).end(body);
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
