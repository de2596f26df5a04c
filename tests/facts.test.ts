// The register of facts (content/facts.yaml): every changeable fact lives there once, with its
// source, and content names it by id. Age never fails a test: `npm run report:facts` lists what
// is due for review.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/lib/content/readCourse';
import { FactsFileSchema, type Fact } from '../src/schemas/facts';
import { root, readYamlFile } from './course';

const facts = FactsFileSchema.parse(readYamlFile('content/facts.yaml')) as Fact[];

function* files(dir: string, ext: RegExp): Generator<string> {
  for (const name of readdirSync(join(root, dir))) {
    const rel = join(dir, name);
    if (statSync(join(root, rel)).isDirectory()) {
      if (name !== 'fixtures') yield* files(rel, ext);
    } else if (ext.test(name) && !/\.test\.tsx?$/.test(name)) yield rel;
  }
}

/** The text of a content file as a learner could meet it: a module's bibliography and web addresses left out. */
function scannedText(rel: string): string {
  let text = readFileSync(join(root, rel), 'utf8');
  if (rel.endsWith('.mdx')) {
    const { frontmatter, body } = splitFrontmatter(text);
    const data = (parse(frontmatter ?? '') ?? {}) as Record<string, unknown>;
    delete data.references;
    text = `${JSON.stringify(data)}\n${body}`;
  }
  return text
    .replace(/https?:\/\/[^\s"')\]]+/g, ' ')
    // A service's name is not its number.
    .replace(/988 (Suicide (&|and) Crisis )?Lifeline/g, 'the Lifeline');
}

/** Numbers, text codes and law citations, written out instead of named from the register. */
export function writtenOutFacts(text: string, register: Fact[]): string[] {
  const literal = register
    .filter((f) => ['phone', 'text', 'tty', 'law', 'date', 'organization', 'code'].includes(f.kind) || (f.kind === 'keyword' && f.value.length >= 3))
    .map((f) => f.value);
  const patterns = [
    /\b(?:1-)?\d{3}-\d{3}-(?:\d{4}|[A-Z]{4})\b/g, // 1-800-555-0199, 1-800-662-HELP
    /\(\d{3}\)\s?\d{3}-\d{4}/g,
    /\b(?:[Cc]all|[Tt]ext|[Dd]ial|[Pp]ress|[Tt]exting|[Cc]alling)(?:ing)?\s+(?:or text\s+)?(?:\d{3,6}|[A-Z]{4,})\b/g,
    /\b\d+\s+(?:CFR|C\.F\.R\.|U\.S\.C\.|U\.S\. Code|FR)(?![A-Za-z])/g,
    /§/g,
    /\bPub(?:lic)?\.? L(?:aw|\.)\s*\d/g,
    /\b[TYZ]\d{2}\.\d{1,3}[A-Z]?\b/g, // ICD-10-CM codes such as T74.51
  ];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [
    ...patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0])),
    ...literal.flatMap((v) => [...text.matchAll(new RegExp(`(?<![\\w-])${escape(v)}(?![\\w-])`, 'g'))].map((m) => m[0])),
  ];
  return [...new Set(found)];
}

const contentFiles = [
  ...files('modules', /\.mdx$/),
  ...files('quizzes', /\.ya?ml$/),
  ...[...files('content', /\.ya?ml$/)].filter((f) => !f.endsWith('facts.yaml')),
  ...files('src', /\.(astro|tsx?)$/),
].map((f) => relative(root, join(root, f)));

describe('the register of facts', () => {
  it('gives every entry a value, at least one source with a link, a checked date and a review-by date', () => {
    // The schema requires them; this pins that the shipped register parses with it.
    expect(facts.length).toBeGreaterThanOrEqual(15);
    for (const f of facts) {
      expect(f.sources.length, f.id).toBeGreaterThan(0);
      expect(f.sources.every((s) => s.url.startsWith('https://') && s.title && s.publisher), f.id).toBe(true);
      expect(f.checked, f.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('refuses an entry without a source or a checked date', () => {
    const entry = { id: 'x', kind: 'phone', value: '1', about: 'a', sources: [], reviewBy: '2027-01-01' };
    const result = FactsFileSchema.safeParse([entry]);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['0.checked', '0.sources']);
  });

  it('holds every crisis line the course lists', () => {
    const ids = new Set(facts.map((f) => f.id));
    for (const id of ['hotline-phone', 'hotline-text', 'hotline-tty', 'lifeline-988', 'lifeline-988-text', 'lifeline-spanish-text', 'samhsa-helpline', 'samhsa-helpline-tty', 'emergency-911', 'hotline-operator', 'hotline-funder', 'part2-citation']) {
      expect(ids, id).toContain(id);
    }
  });
});

describe('content names changeable facts through the register', () => {
  it('scans the modules, guides, quizzes, data files and the site’s own pages', () => {
    expect(contentFiles.filter((f) => f.startsWith('modules/')).length).toBeGreaterThanOrEqual(14);
    expect(contentFiles).toContain('src/components/SiteFooter.astro');
    expect(contentFiles).toContain('content/resources.yaml');
  });

  it.each(contentFiles)('%s writes out no phone number, text code, law citation or operator', (file) => {
    expect(writtenOutFacts(scannedText(file), facts)).toEqual([]);
  });

  it('catches a number, a text code, a citation and an operator written out', () => {
    const text = 'Call 1-800-555-0199, text 12345, or dial 988. Under 42 CFR Part 2 and 22 U.S.C. 7102, run by Compass Connections.';
    expect(writtenOutFacts(text, facts)).toEqual(expect.arrayContaining(['1-800-555-0199', 'text 12345', 'dial 988', '42 CFR', '22 U.S.C.', 'Compass Connections', '988']));
  });

  it('lets a reference through, and a service’s name', () => {
    expect(writtenOutFacts(scannedText('content/facts.yaml').replace(/[\s\S]*/, 'Call <Fact id="hotline-phone" /> or {fact:lifeline-988}. the Lifeline'), facts)).toEqual([]);
  });
});
