import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { fileURLToPath } from 'node:url';
import { readQuizzes } from '../src/lib/content/readCourse';
import { parse } from 'yaml';
import { SITE } from '../src/config';
import type { Check, Scenario } from '../src/schemas/quiz';

/** The neutral site quick exit goes to (src/config.ts); tests answer it locally, never over the network. */
export const NEUTRAL_URL: string = SITE.quickExitUrl;

/**
 * Every test fails if any page it opened asked for something from another origin, reported a
 * Content-Security-Policy violation (an inline script or style without its hash, a request the policy
 * refuses), or got "404 Not Found" for anything. Tests that follow the quick exit set
 * `allowNeutralSite`; tests that open a missing page on purpose set `allowNotFound`.
 */
export const test = base.extend<{ allowNeutralSite: boolean; allowNotFound: boolean; offsite: string[] }>({
  allowNeutralSite: [false, { option: true }],
  allowNotFound: [false, { option: true }],
  offsite: [
    async ({ context, allowNeutralSite, allowNotFound, baseURL }, use) => {
      const offsite: string[] = [];
      const origin = new URL(baseURL!).origin;
      // Served from a folder (the sub-path project), nothing may be asked for outside it.
      const folder = new URL(baseURL!).pathname.replace(/[^/]*$/, '');
      await context.exposeBinding('__sgPolicyViolation', (_source, report: string) => offsite.push(`CSP violation: ${report}`));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} in ${e.documentURI}${e.sample ? ` (${e.sample})` : ''}`;
          (window as unknown as { __sgPolicyViolation: (r: string) => void }).__sgPolicyViolation(report);
        });
      });
      context.on('response', (res) => {
        if (res.status() === 404 && !allowNotFound) offsite.push(`404: ${res.url()}`);
      });
      if (allowNeutralSite) {
        await context.route(`${NEUTRAL_URL}**`, (route) =>
          route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
        );
      }
      context.on('request', (req) => {
        const url = new URL(req.url());
        if (url.origin === origin && !url.pathname.startsWith(folder)) offsite.push(`outside ${folder}: ${req.url()}`);
        if (['data:', 'blob:'].includes(url.protocol) || url.origin === origin) return;
        if (allowNeutralSite && req.url().startsWith(NEUTRAL_URL)) return;
        offsite.push(req.url());
      });
      context.on('page', (page) =>
        page.on('console', (msg) => {
          if (/Content Security Policy/i.test(msg.text())) offsite.push(`CSP: ${msg.text()}`);
        }),
      );
      await use(offsite);
      expect(offsite, 'requests to other origins, policy violations and missing files').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Runs axe with the WCAG 2.2 A and AA rules; the page must have no violations. */
export async function expectAccessible(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function waitForIslands(page: Page) {
  const islands = page.locator('astro-island');
  for (const island of await islands.all()) await expect(island).not.toHaveAttribute('ssr', /.*/);
}

/**
 * The first scenario and the first check in quizzes/, by file name (the build has validated them),
 * read as the build reads them: facts from the register filled in, as the page shows them.
 */
export function firstQuizzes(): { scenario: Scenario; check: Check } {
  const quizzes = readQuizzes(fileURLToPath(new URL('..', import.meta.url)), []).map((q) => q.data as Scenario | Check);
  return {
    scenario: quizzes.find((q): q is Scenario => q.kind === 'scenario')!,
    check: quizzes.find((q): q is Check => q.kind === 'check')!,
  };
}
