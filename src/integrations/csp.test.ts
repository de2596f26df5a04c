import { describe, expect, it } from 'vitest';
import { cspHash } from '../lib/csp/policy';
import { withPolicy } from './csp';

const page = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>${body}</body></html>`;
const policyOf = (html: string) => html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)![1];

describe('the page policy', () => {
  it('allows this page\'s inline scripts and styles by hash, first in <head>, and never inline code at large', () => {
    const html = withPolicy(page('<script>go()</script><style>p{color:red}</style><script src="/_astro/a.js"></script>'), 'x.html');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    const policy = policyOf(html);
    expect(policy).toContain(`script-src 'self' ${cspHash('go()')};`);
    expect(policy).toMatch(new RegExp(`style-src 'self' ${cspHash('p{color:red}').replace(/[+/]/g, '\\$&')}$`));
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("default-src 'self'");
  });

  it('stops the build on what a hash cannot allow', () => {
    expect(() => withPolicy(page('<button onclick="go()">Go</button>'), 'pages/x.html')).toThrowErrorMatchingInlineSnapshot(
      `[Error: pages/x.html: "<button onclick=" needs 'unsafe-inline' under the site's policy; move it to a script or stylesheet]`,
    );
    expect(() => withPolicy(page('<p style="color:red">x</p>'), 'x.html')).toThrow(/unsafe-inline/);
  });
});
