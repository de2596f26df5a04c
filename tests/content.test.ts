import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { proseFromMdx, readability } from '../src/lib/content/readability';
import { course, facilitators, headingAnchors, quizzes, readYamlFile, seedFiles, seedsDir, loadProblems } from './course';

const modules = course.modules;

describe('the course as shipped', () => {
  it('reads without problems', () => expect(loadProblems).toEqual([]));

  it('has the eleven modules of the course', () => {
    expect(modules.map((m) => m.slug).sort()).toEqual([
      'access-and-collaboration', 'children-and-youth', 'crisis-intervention', 'cultural-humility',
      'ethics-and-sustaining-the-helper', 'legal-frameworks', 'recognizing-distress', 'screening-and-documentation',
      'substance-use', 'trafficking-and-mental-health', 'trauma-informed-principles',
    ]);
  });

  it('puts every module in the clinician path', () => {
    const paths = course.paths.data as { id: string; modules: string[] }[];
    expect([...paths.find((p) => p.id === 'clinician')!.modules].sort()).toEqual(modules.map((m) => m.slug).sort());
  });
});

describe.each(modules.map((m) => [m.slug, m] as const))('module %s', (_slug, m) => {
  const data = m.data as { references: unknown[]; contentNotes: string[] };
  const prose = proseFromMdx(m.body);
  const sections = [...m.body.matchAll(/^##\s/gm)].length;

  it('has at least 1,500 words of prose in 5-8 sections', () => {
    expect(readability(prose).words).toBeGreaterThanOrEqual(1500);
    expect(sections).toBeGreaterThanOrEqual(5);
    expect(sections).toBeLessThanOrEqual(8);
  });

  it('reads at grade 12 or below (the course aims at 8-10)', () => {
    expect(readability(prose).grade).toBeLessThanOrEqual(12);
  });

  it('teaches with a case story, reflection prompts and at least four sources', () => {
    expect(m.body).toMatch(/<Vignette\s+title="/);
    expect([...m.body.matchAll(/<TryThis>/g)].length).toBeGreaterThanOrEqual(1);
    expect(data.references.length).toBeGreaterThanOrEqual(4);
  });

  it('puts a content note before the sensitive material it lists', () => {
    if (data.contentNotes.length) expect(m.body).toMatch(/<ContentNote\s+about="/);
    else expect(m.body).not.toMatch(/<ContentNote/);
  });

  it('links glossary terms', () => {
    expect(m.body).toMatch(/<Term\s+id="/);
  });

  it('has a scenario and a knowledge check', () => {
    const kinds = quizzes.filter((q) => (q.data as { module?: string }).module === m.slug).map((q) => (q.data as { kind: string }).kind);
    expect(kinds).toContain('scenario');
    expect(kinds).toContain('check');
  });
});

// Phone numbers, text codes and law citations come from the register of facts: tests/facts.test.ts.

describe('glossary', () => {
  const terms = course.glossary.data as { id: string }[];
  const used = new Set(modules.flatMap((m) => [...m.body.matchAll(/<Term\s+id="([^"]+)"/g)].map((x) => x[1])));

  it('defines at least 40 terms, each linked from a module', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    expect(terms.filter((t) => !used.has(t.id)).map((t) => t.id)).toEqual([]);
  });

  it('links each term only at its first use in a module', () => {
    for (const m of modules) {
      const ids = [...m.body.matchAll(/<Term\s+id="([^"]+)"/g)].map((x) => x[1]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), m.file).toEqual([]);
    }
  });
});

describe('seed coverage', () => {
  const coverage = readYamlFile('content/seed-coverage.yaml') as {
    covered: { seed: string; line: number; heading: string; anchor: string }[];
    notSections: { seed: string; line: number; starts: string; why: string }[];
  };
  const anchors = new Map(modules.map((m) => [m.slug, headingAnchors(m.body)]));
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

  it.each(coverage.covered.map((c) => [c.heading, c.anchor]))('"%s" is taught at %s', (_heading, anchor) => {
    const [slug, id] = anchor.split('#');
    expect(anchors.get(slug), `module ${slug}`).toContain(id);
  });

  it.skipIf(!seedsDir)('maps every section heading of the seed documents', () => {
    const lines = new Map(seedFiles.map((f) => [f, readFileSync(join(seedsDir!, f), 'utf8').split('\n').map(norm)]));
    const entries = [...coverage.covered.map((c) => ({ ...c, words: c.heading })), ...coverage.notSections.map((n) => ({ ...n, words: n.starts }))];
    for (const e of entries) {
      // The listed line is the heading its first words name.
      expect(lines.get(e.seed)?.[e.line - 1], `${e.seed}:${e.line}`).toMatch(new RegExp(`^${norm(e.words.replace(/…$/, '')).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    const listed = new Set(entries.map((e) => `${e.seed}:${e.line}`));
    // A heading in the seeds is a short line of its own with no closing punctuation and no bullet.
    const headings = [...lines].flatMap(([f, ls]) =>
      ls.map((l, i) => ({ l, at: `${f}:${i + 1}` }))
        .slice(1)
        .filter(({ l }) => l.length > 3 && l.length <= 95 && !/[.!?"”]$/.test(l) && !/^(•|\d+\.)/.test(l)),
    );
    expect(headings.length).toBeGreaterThan(30);
    expect(headings.filter((h) => !listed.has(h.at)).map((h) => `${h.at} ${h.l}`)).toEqual([]);
  });
});

describe.each(facilitators.map((f) => [f.slug, f] as const))('facilitator guide %s', (_slug, f) => {
  const disclosure = f.body.split(/^## If someone discloses or becomes distressed\s*$/m)[1] ?? '';

  it('reads at grade 12 or below', () => {
    expect(readability(proseFromMdx(f.body)).grade).toBeLessThanOrEqual(12);
  });

  it('gives the crisis lines where it says what to do if someone discloses or becomes distressed', () => {
    for (const line of ['988', '1-888-373-7888', '233733', '911']) expect(disclosure).toContain(line);
  });

  it('points the materials at this module’s presenter view and handout', () => {
    const { scenario, materials } = f.data as { scenario: string; materials: string[] };
    expect(materials.join('\n')).toContain(`/present/${scenario}/`);
    expect(materials.join('\n')).toContain(`/handouts/${f.slug}/`);
  });
});
