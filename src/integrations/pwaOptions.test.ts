import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { pwaOptions, webAppManifest } from './pwaOptions';

const workbox = pwaOptions('/').workbox!;

/** A small built site, shaped like dist/ (files later features add included), for workbox to read. */
const dist = mkdtempSync(join(tmpdir(), 'sg-precache-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
const files = [
  'index.html', '404.html', 'modules/index.html', 'modules/crisis-intervention/index.html',
  'scenarios/clinic-intake/index.html', 'search/index.html', 'search-index.json', 'search-text/module-crisis-intervention-1.json',
  '_astro/client.Ab12.js', '_astro/about.Cd34.css', 'favicon.svg', 'icon-192.png', 'manifest.webmanifest',
  'sw.js.map', 'notes.txt',
];
for (const f of files) {
  mkdirSync(dirname(join(dist, f)), { recursive: true });
  writeFileSync(join(dist, f), `content of ${f}`);
}

describe('the precache', () => {
  it('holds every page under its visited address, the search index and text files, scripts, styles and icons', async () => {
    const { manifestEntries, warnings } = await getManifest({
      globDirectory: dist,
      globPatterns: workbox.globPatterns,
      globIgnores: workbox.globIgnores,
      manifestTransforms: workbox.manifestTransforms,
      maximumFileSizeToCacheInBytes: workbox.maximumFileSizeToCacheInBytes,
    });
    expect(warnings).toEqual([]);
    expect(manifestEntries!.map((e) => e.url).sort()).toEqual([
      './', '404.html', '_astro/about.Cd34.css', '_astro/client.Ab12.js', 'favicon.svg', 'icon-192.png',
      'modules/', 'modules/crisis-intervention/', 'scenarios/clinic-intake/', 'search-index.json', 'search-text/module-crisis-intervention-1.json', 'search/',
    ]);
  });

  it('lets offline visits with ?path= or ?q= find the stored page, and sends unknown pages to the 404 page', () => {
    const ignored = workbox.ignoreURLParametersMatching!;
    expect(['path', 'q'].every((name) => ignored.some((re) => re.test(name)))).toBe(true);
    expect(workbox.navigateFallback).toBeNull();
    expect(workbox.runtimeCaching?.[0]?.options?.precacheFallback?.fallbackURL).toBe('404.html');
  });

  it('waits for the learner before switching to a new release', () => {
    expect(pwaOptions('/').registerType).toBe('prompt');
    expect(workbox.skipWaiting).toBeFalsy();
  });
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): string {
  const png = readFileSync(path);
  return `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`;
}

describe('the web app manifest', () => {
  it('points at icons that exist in public/ with the sizes it declares', () => {
    for (const icon of webAppManifest('/').icons) {
      const file = join('public', icon.src.replace(/^\//, ''));
      if (icon.type === 'image/png') expect(pngSize(file), icon.src).toBe(icon.sizes);
      else expect(readFileSync(file, 'utf8')).toContain('<svg');
    }
    expect(webAppManifest('/').icons.some((i) => i.sizes === '192x192')).toBe(true);
    expect(webAppManifest('/').icons.some((i) => i.sizes === '512x512' && i.purpose === 'any')).toBe(true);
  });

  it('opens at, is scoped to and finds its icons under the folder the course is served from', () => {
    const manifest = webAppManifest('/steady-ground/');
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual(['/steady-ground/', '/steady-ground/', '/steady-ground/']);
    expect(manifest.icons.map((i) => i.src)).toEqual([
      '/steady-ground/favicon.svg', '/steady-ground/icon-192.png', '/steady-ground/icon-512.png', '/steady-ground/icon-maskable-512.png',
    ]);
    expect(pwaOptions('/training/').scope).toBe('/training/');
  });
});
