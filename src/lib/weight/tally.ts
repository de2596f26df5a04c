/**
 * Page weight from what a browser received: every response body gzipped at level 9 by us, since
 * `astro preview` serves files uncompressed and any real host compresses them. Byte counts, not
 * timings, so the same build always gives the same figures.
 */
import { gzipSync } from 'node:zlib';
import type { Budget, PageType } from './budgets';

export type Kind = 'html' | 'css' | 'js' | 'data' | 'other';
/** Whether a request was made while the page loaded, or because of what the learner then did. */
export type Phase = 'load' | 'interaction';

export interface Received {
  url: string;
  kind: Kind;
  phase: Phase;
  /** The body's size once gzipped. */
  gzip: number;
}

export interface Weight {
  html: number;
  css: number;
  /** Script files plus the HTML's inline scripts (gzipped on their own, so counted twice in `total`). */
  js: number;
  /** Everything else loaded with the page (icons, images, data). */
  other: number;
  /** What the browser received before any interaction. */
  total: number;
  /** Script files fetched because of the interaction. */
  interactionJs: number;
  /** Everything fetched because of the interaction (scripts, the search index). */
  interaction: number;
}

export function gzipSize(body: Uint8Array | string): number {
  return body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length;
}

/** The kind of a response from the browser's resource type, then its content type. */
export function kindOf(resourceType: string, contentType = ''): Kind {
  if (resourceType === 'document' || /text\/html/.test(contentType)) return 'html';
  if (resourceType === 'stylesheet' || /text\/css/.test(contentType)) return 'css';
  if (resourceType === 'script' || /javascript/.test(contentType)) return 'js';
  if (/json/.test(contentType)) return 'data';
  return 'other';
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The text of a page's inline scripts (JSON data blocks are not scripts that run). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)]
    .filter(([, attrs, body]) => !/\bsrc\s*=/i.test(attrs) && !/type\s*=\s*["']?application\/(ld\+)?json/i.test(attrs) && body.trim())
    .map(([, , body]) => body);
}

/** Sums what was received; `inlineJs` is the gzip size of the page's inline scripts. */
export function tally(received: Received[], inlineJs = 0): Weight {
  const sum = (phase: Phase, kinds?: Kind[]) =>
    received.filter((r) => r.phase === phase && (!kinds || kinds.includes(r.kind))).reduce((n, r) => n + r.gzip, 0);
  return {
    html: sum('load', ['html']),
    css: sum('load', ['css']),
    js: sum('load', ['js']) + inlineJs,
    other: sum('load', ['data', 'other']),
    total: sum('load'),
    interactionJs: sum('interaction', ['js']),
    interaction: sum('interaction'),
  };
}

/** One line per way `weight` misses `budget`; none when it fits. */
export function overBudget(weight: Weight, budget: Budget): string[] {
  const out: string[] = [];
  const check = (what: string, bytes: number, limit: number | undefined) => {
    if (limit !== undefined && bytes > limit) out.push(`${what}: ${bytes} bytes gzip, budget ${limit} (${bytes - limit} over)`);
  };
  check('everything before interaction', weight.total, budget.total);
  check('JavaScript before interaction', weight.js, budget.js);
  check('JavaScript after the interaction', weight.interactionJs, budget.interactionJs);
  check('everything after the interaction', weight.interaction, budget.interaction);
  return out;
}

/**
 * A page built from the same route as the measured one loads the same assets with its own HTML;
 * its weight is the measured page's with the HTML swapped.
 */
export function withHtml(measured: Weight, measuredInlineJs: number, html: number, inlineJs: number): Weight {
  return {
    ...measured,
    html,
    js: measured.js - measuredInlineJs + inlineJs,
    total: measured.total - measured.html + html,
  };
}

export interface Row {
  page: PageType;
  weight: Weight;
}
