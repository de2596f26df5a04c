import { describe, expect, it } from 'vitest';
import { formatProblems, type Problem } from '../../schemas/problems';
import { validateCourse, type CourseFiles, type ModuleFile } from './validateCourse';
import { readCourse, readQuizzes, splitFrontmatter } from './readCourse';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const goodModule = (slug: string, order: number, extra: Record<string, unknown> = {}): ModuleFile => ({
  file: `modules/${slug}/index.mdx`,
  slug,
  body: '## First\n\nText with <Term id="grounding">grounding</Term> and a citation <Cite n={1} />.',
  data: {
    title: 'A module',
    summary: 'A summary that is long enough to say something.',
    order,
    audiences: ['clinician'],
    estimatedMinutes: 30,
    objectives: ['one', 'two', 'three'],
    contentNotes: [],
    takeaways: ['one', 'two', 'three'],
    references: [{ title: 'A source', publisher: 'SAMHSA', year: 2014, url: 'https://www.samhsa.gov/' }],
    lastReviewed: '2026-11-22',
    sections: [{ id: 'first', competencies: ['risk'] }],
    ...extra,
  },
});

const goodFact = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'phone',
  value: '555',
  href: 'tel:555',
  about: 'The emergency number.',
  sources: [{ title: 'A page', publisher: 'An agency', url: 'https://www.example.gov/' }],
  checked: '2026-12-01',
  reviewBy: '2027-06-01',
  ...extra,
});

const statement = (id: string, competency: string) => ({ id, competency, text: `I can do what ${id} asks of me.` });
const selfAssessment = (statements = [statement('risk-one', 'risk'), statement('risk-two', 'risk'), statement('care-one', 'care'), statement('care-two', 'care')]) => ({
  scale: ['Not yet confident', 'A little confident', 'Somewhat confident', 'Confident', 'Very confident'].map((label, i) => ({ value: i + 1, label })),
  statements,
});

function course(over: Partial<CourseFiles> = {}): CourseFiles {
  return {
    modules: [goodModule('first-steps', 1), goodModule('next-steps', 2)],
    paths: { file: 'content/paths.yaml', data: [{ id: 'clinician', title: 'T', entry: 'E', audience: 'clinician', description: 'D', modules: ['first-steps', 'next-steps'] }] },
    glossary: { file: 'content/glossary.yaml', data: [{ id: 'grounding', term: 'Grounding', definition: 'Bringing attention back to the present.' }] },
    resources: { file: 'content/resources.yaml', data: [{ id: 'emergency', name: 'Emergency', category: 'emergency', summary: 'Call for help.', contacts: [{ kind: 'call', value: '555', href: 'tel:555' }] }] },
    facts: { file: 'content/facts.yaml', data: [goodFact('emergency-number')] },
    competencies: { file: 'content/competencies.yaml', data: [{ id: 'risk', number: 2, short: 'Risk', title: 'Evaluate risk', summary: 'Noticing signs.' }, { id: 'care', number: 4, short: 'Care', title: 'Provide care', summary: 'Care.' }] },
    selfAssessment: { file: 'content/self-assessment.yaml', data: selfAssessment() },
    ...over,
  };
}

const lines = (problems: Problem[]) => formatProblems(problems);
const withModule = (m: ModuleFile) => course({ modules: [m, goodModule('next-steps', 2)] });

describe('validateCourse', () => {
  it('accepts a valid course', () => {
    expect(validateCourse(course())).toEqual([]);
  });

  it('names a missing required field', () => {
    const m = goodModule('first-steps', 1);
    delete (m.data as Record<string, unknown>).title;
    expect(lines(validateCourse(withModule(m)))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: title: found nothing, expected a string — this field is required"`);
  });

  it('says when a field has the wrong type', () => {
    expect(lines(validateCourse(withModule(goodModule('first-steps', 1, { estimatedMinutes: 'half an hour' }))))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: estimatedMinutes: found "half an hour", expected a number"`);
  });

  it('asks for at least three learning objectives', () => {
    expect(lines(validateCourse(withModule(goodModule('first-steps', 1, { objectives: [] }))))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: objectives: found 0 items, expected at least 3 items — list at least three learning objectives"`);
  });

  it('lists the allowed audiences when one is misspelled', () => {
    expect(lines(validateCourse(withModule(goodModule('first-steps', 1, { audiences: ['clinicians'] }))))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: audiences.0: found "clinicians", expected one of "clinician", "workshop", "self-paced""`);
  });

  it('points at a bad reference link inside the list', () => {
    const refs = [{ title: 'A source', publisher: 'SAMHSA', year: 2014, url: 'www.samhsa.gov' }];
    expect(lines(validateCourse(withModule(goodModule('first-steps', 1, { references: refs }))))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: references.0.url: found "www.samhsa.gov", expected a full web address starting with https://"`);
  });

  it('asks for a year, or when a web page is undated, the month it was checked', () => {
    const refs = [{ title: 'A page', publisher: 'HHS', url: 'https://www.hhs.gov/' }];
    expect(lines(validateCourse(withModule(goodModule('first-steps', 1, { references: refs }))))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: references.0.year: found nothing, expected a publication year, or for an undated web page the month it was checked as accessed: YYYY-MM"`);
  });

  it('rejects an unknown frontmatter field, naming it', () => {
    expect(lines(validateCourse(withModule(goodModule('first-steps', 1, { objective: ['typo'] }))))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: (file): found unknown field objective, expected only known fields — remove or rename "objective""`);
  });

  it('rejects a date that is not a date', () => {
    expect(lines(validateCourse(withModule(goodModule('first-steps', 1, { lastReviewed: 'last spring' }))))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: lastReviewed: found "last spring", expected a date written as YYYY-MM-DD"`);
  });

  it('suggests the nearest module when a path names one that does not exist', () => {
    const paths = { file: 'content/paths.yaml', data: [{ id: 'clinician', title: 'T', entry: 'E', audience: 'clinician', description: 'D', modules: ['first-step'] }] };
    expect(lines(validateCourse(course({ paths })))).toMatchInlineSnapshot(`"content/paths.yaml: 0.modules.0: found "first-step" in path "clinician", expected a module in modules/ — did you mean "first-steps"?"`);
  });

  it('finds a module listed twice in one path', () => {
    const paths = { file: 'content/paths.yaml', data: [{ id: 'clinician', title: 'T', entry: 'E', audience: 'clinician', description: 'D', modules: ['first-steps', 'next-steps', 'first-steps'] }] };
    expect(lines(validateCourse(course({ paths })))).toMatchInlineSnapshot(`"content/paths.yaml: 0.modules.2: found "first-steps" listed twice in path "clinician", expected each module once a path — remove the repeat"`);
  });

  it('finds duplicate module slugs and positions', () => {
    const modules = [goodModule('first-steps', 1), { ...goodModule('first-steps', 1), file: 'modules/First-Steps/index.mdx', slug: 'First-Steps' }];
    expect(lines(validateCourse(course({ modules, paths: { file: 'content/paths.yaml', data: [] } })))).toMatchInlineSnapshot(`
      "modules/First-Steps/index.mdx: (folder name): found "First-Steps", expected lower-case words joined by hyphens — rename the folder, like modules/crisis-intervention/
      modules/First-Steps/index.mdx: (folder name): found the slug "first-steps", also used by modules/first-steps/index.mdx, expected a slug no other module uses — rename one of the folders
      modules/First-Steps/index.mdx: order: found 1, also used by modules/first-steps/index.mdx, expected a position no other module has — give each module its own order number
      content/paths.yaml: (file): found 0 items, expected at least 1 item — define at least one learning path"
    `);
  });

  it('finds a glossary term defined twice', () => {
    const glossary = { file: 'content/glossary.yaml', data: [
      { id: 'grounding', term: 'Grounding', definition: 'Bringing attention back to the present.' },
      { id: 'grounding-2', term: 'grounding', definition: 'Bringing attention back to the present.' },
    ] };
    expect(lines(validateCourse(course({ glossary })))).toMatchInlineSnapshot(`"content/glossary.yaml: 1.term: found "grounding", already defined as entry 0 ("grounding"), expected each term defined once — merge the two definitions"`);
  });

  it('finds a <Term> link to a term the glossary does not define', () => {
    const m = { ...goodModule('first-steps', 1), body: '## First\n\nWe use <Term id="grounds">grounding</Term>.' };
    expect(lines(validateCourse(withModule(m)))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: <Term id>: found "grounds", expected a term in content/glossary.yaml — did you mean "grounding"?"`);
  });

  it('finds a citation number with no matching reference', () => {
    const m = { ...goodModule('first-steps', 1), body: '## First\n\nA claim <Cite n={3} />.' };
    expect(lines(validateCourse(withModule(m)))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: references: found <Cite n={3} /> but 1 references, expected a citation number from 1 to 1 — add the reference or fix the number"`);
  });

  it('checks crisis-line contacts in resources', () => {
    const resources = { file: 'content/resources.yaml', data: [{ id: 'line', name: 'A line', category: 'crisis', summary: 'S', contacts: [{ kind: 'call', value: '988', href: '988' }] }] };
    expect(lines(validateCourse(course({ resources })))).toMatchInlineSnapshot(`"content/resources.yaml: 0.contacts.0.href: found "988", expected a link starting with tel:, sms: or https://"`);
  });

  it('reports every problem at once, not just the first', () => {
    const m = goodModule('first-steps', 1, { objectives: ['one'], takeaways: [] });
    expect(validateCourse(withModule(m)).map((p) => p.field)).toEqual(['objectives', 'takeaways']);
  });
});

describe('splitFrontmatter', () => {
  it('separates the YAML from the MDX body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n## Section\n')).toEqual({ frontmatter: 'title: A', body: '## Section\n' });
  });
  it('reports no frontmatter when the file has none', () => {
    expect(splitFrontmatter('## Just text').frontmatter).toBeUndefined();
  });
});

describe('the self-assessment', () => {
  const withStatements = (statements: ReturnType<typeof statement>[]) => course({ selfAssessment: { file: 'content/self-assessment.yaml', data: selfAssessment(statements) } });

  it('names an unknown competency, a repeated id and a competency without its two statements', () => {
    expect(lines(validateCourse(withStatements([statement('risk-one', 'risk'), statement('risk-one', 'risk'), statement('care-one', 'cars')])))).toMatchInlineSnapshot(`
      "content/self-assessment.yaml: statements.1.id: found "risk-one", also used by statement 0, expected an id no other statement uses — ratings are kept under it
      content/self-assessment.yaml: statements.2.competency: found "cars", expected a competency in content/competencies.yaml — did you mean "care"?
      content/self-assessment.yaml: statements: found 0 for the competency "care", expected exactly 2 statements for each competency in content/competencies.yaml"
    `);
  });

  it('asks for the five scale points in order', () => {
    const data = { ...selfAssessment(), scale: selfAssessment().scale.reverse() };
    expect(lines(validateCourse(course({ selfAssessment: { file: 'content/self-assessment.yaml', data } })))).toMatchInlineSnapshot(`"content/self-assessment.yaml: scale: found 5 items, expected the points in order, with values 1, 2, 3, 4 and 5"`);
  });

  it('the shipped file rates every competency twice, with unique ids', () => {
    const problems: Problem[] = [];
    const shipped = readCourse(join(__dirname, '../../..'), problems);
    expect(problems).toEqual([]);
    expect(validateCourse(shipped).filter((p) => p.file === 'content/self-assessment.yaml')).toEqual([]);
    const { statements } = shipped.selfAssessment.data as ReturnType<typeof selfAssessment>;
    const competencies = (shipped.competencies.data as { id: string }[]).map((c) => c.id);
    for (const id of competencies) expect(statements.filter((s) => s.competency === id), id).toHaveLength(2);
    expect(statements).toHaveLength(competencies.length * 2);
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
  });
});

describe('the register of facts', () => {
  it('names an entry without a source, without a checked date, or due before it was checked', () => {
    const facts = { file: 'content/facts.yaml', data: [goodFact('a', { sources: [] }), goodFact('b', { checked: undefined }), goodFact('c', { reviewBy: '2026-01-01' })] };
    expect(lines(validateCourse(course({ facts })))).toMatchInlineSnapshot(`
      "content/facts.yaml: 0.sources: found 0 items, expected at least 1 item — give at least one source, so the next reviewer knows where to look
      content/facts.yaml: 1.checked: found nothing, expected a string — this field is required
      content/facts.yaml: 2.reviewBy: found "2026-01-01", expected a review-by date after the checked date"
    `);
  });

  it('refuses the same fact twice', () => {
    const facts = { file: 'content/facts.yaml', data: [goodFact('a'), goodFact('a')] };
    expect(lines(validateCourse(course({ facts })))).toMatchInlineSnapshot(`"content/facts.yaml: 1.id: found "a", also used by entry 0, expected an id no other fact uses — a fact lives in the register once"`);
  });

  it('names the file and field of a reference to a fact the register does not have', () => {
    const root = mkdtempSync(join(tmpdir(), 'sg-facts-'));
    for (const d of ['content', 'quizzes', 'modules/first-steps']) mkdirSync(join(root, d), { recursive: true });
    writeFileSync(join(root, 'content/facts.yaml'), JSON.stringify([goodFact('hotline-phone')]));
    writeFileSync(join(root, 'quizzes/a.yaml'), 'kind: check\nquestions:\n  - prompt: "Call {fact:hotline-phnoe} or {fact:hotline-phone.link}."\n    explanation: "{fact:hotline-phone} works."\n');
    writeFileSync(join(root, 'modules/first-steps/index.mdx'), '---\ntitle: "Call {fact:hotline-phone}"\n---\nCall <Fact id="hotline-phone" />.\n\nOr <Fact id="lifeline" />.\n');
    const problems: Problem[] = [];
    const quizzes = readQuizzes(root, problems);
    const { modules } = readCourse(root, problems);
    expect((quizzes[0].data as { questions: { explanation: string }[] }).questions[0].explanation).toBe('555 works.');
    expect(modules[0].body).toContain('Call 555.');
    expect((modules[0].data as { title: string }).title).toBe('Call 555');
    expect(lines(problems.filter((p) => !p.file.startsWith('content/') || p.file === 'content/facts.yaml'))).toMatchInlineSnapshot(`
      "quizzes/a.yaml: questions.0.prompt: found {fact:hotline-phone.link}, expected a fact written as {fact:fact-id}, or {fact:fact-id.href} for its link
      quizzes/a.yaml: questions.0.prompt: found a reference to the fact "hotline-phnoe", which content/facts.yaml does not have, expected a fact id from content/facts.yaml — did you mean "hotline-phone"?
      modules/first-steps/index.mdx: (body) line 3: found a reference to the fact "lifeline", which content/facts.yaml does not have, expected a fact id from content/facts.yaml — the fact ids include "hotline-phone""
    `);
  });
});

describe('sections and the competencies they serve', () => {
  const body = '## Noticing signs\n\nText <Term id="grounding">g</Term> <Cite n={1} />.\n\n### A detail\n\n## What to do next\n\nMore.';
  const withSections = (sections: unknown) => withModule({ ...goodModule('first-steps', 1, { sections }), body });

  it('accepts every ## section listed in page order with known competencies', () => {
    expect(validateCourse(withSections([{ id: 'noticing-signs', competencies: ['risk'] }, { id: 'what-to-do-next', competencies: ['care', 'risk'] }]))).toEqual([]);
  });

  it('names a section out of order, a missing one, an extra one and an unknown competency', () => {
    expect(lines(validateCourse(withSections([{ id: 'what-to-do-next', competencies: ['risk'] }, { id: 'noticing-signs', competencies: ['care'] }])))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: sections.0.id: found "what-to-do-next", expected "noticing-signs", the anchor of the first ## heading — list every ## section once, in page order"`);
    expect(lines(validateCourse(withSections([{ id: 'noticing-signs', competencies: ['risk'] }])))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: sections: found 1 sections listed for 2 ## headings, expected an entry for "what-to-do-next" (the second ## heading) — list every ## section once, in page order"`);
    expect(lines(validateCourse(withSections([{ id: 'noticing-signs', competencies: ['risk'] }, { id: 'what-to-do-next', competencies: ['care'] }, { id: 'more', competencies: ['care'] }])))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: sections.2.id: found "more", but the page has no third ## heading (3 sections listed for 2 ## headings), expected one entry per ## heading — remove the extra entry"`);
    expect(lines(validateCourse(withSections([{ id: 'noticing-signs', competencies: ['rsik'] }, { id: 'what-to-do-next', competencies: ['care'] }])))).toMatchInlineSnapshot(`"modules/first-steps/index.mdx: sections.0.competencies.0: found "rsik", expected a competency in content/competencies.yaml — did you mean "risk"?"`);
  });
});
