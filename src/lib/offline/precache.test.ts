import { describe, expect, it } from 'vitest';
import { pageUrlFor, toPageUrls } from './precache';

describe('pageUrlFor', () => {
  it('stores each page under the trailing-slash address learners visit', () => {
    expect(pageUrlFor('index.html')).toBe('./');
    expect(pageUrlFor('modules/index.html')).toBe('modules/');
    expect(pageUrlFor('modules/crisis-intervention/index.html')).toBe('modules/crisis-intervention/');
    expect(pageUrlFor('/scenarios/clinic-intake/index.html')).toBe('scenarios/clinic-intake/');
  });

  it('keeps a page that is not a directory index under its own file name, like the 404 page', () => {
    expect(pageUrlFor('404.html')).toBe('404.html');
    expect(pageUrlFor('handouts/print.html')).toBe('handouts/print.html');
  });

  it('never maps the home page to an empty URL, which would resolve to the service worker script', () => {
    expect(new URL(pageUrlFor('index.html'), 'https://example.org/sw.js').pathname).toBe('/');
  });
});

describe('toPageUrls', () => {
  it('rewrites pages, leaves every other file and its revision alone, and warns about nothing', () => {
    const entries = [
      { url: 'help/index.html', revision: 'a', size: 10 },
      { url: 'search-index.json', revision: 'b', size: 20 },
      { url: '_astro/client.123.js', revision: null, size: 30 },
    ];
    expect(toPageUrls(entries)).toEqual({
      manifest: [
        { url: 'help/', revision: 'a', size: 10 },
        { url: 'search-index.json', revision: 'b', size: 20 },
        { url: '_astro/client.123.js', revision: null, size: 30 },
      ],
      warnings: [],
    });
  });
});
