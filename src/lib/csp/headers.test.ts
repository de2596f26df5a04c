import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, headersFile } from './headers';

describe('host headers', () => {
  it('send what a <meta> cannot, and leave script and style sources to each page', () => {
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
    expect(HEADER_POLICY).not.toMatch(/default-src|script-src|style-src|unsafe/);
  });

  it('cache hashed files for a year and nothing else, under the base', () => {
    const file = headersFile('/steady-ground/');
    expect(file).toContain('/steady-ground/*\n  Content-Security-Policy: ');
    expect(file).toContain('  Referrer-Policy: no-referrer');
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(file).toMatch(/\/steady-ground\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(file).toMatch(/\/steady-ground\/sw\.js\n {2}Cache-Control: no-cache/);
    expect(file.match(/max-age=31536000/g)).toHaveLength(2);
  });

  it('match the nginx and Apache recipes in the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.split(HEADER_POLICY).length - 1, 'the header policy, once for nginx and once for Apache').toBe(2);
  });
});
