/** Turns the course into search documents: one per module section, term, help line and quiz. */
import { href } from '../url';
import { splitSections } from './sections';
import type { SearchDoc, SearchSource } from './types';

/** Anchors the module page gives its own sections (src/pages/modules/[slug].astro). */
const MODULE_PAGE = { objectives: { anchor: 'objectives', title: 'What you will learn' }, takeaways: { anchor: 'takeaways', title: 'Key takeaways' } };

const sentence = (s: string) => (/[.!?:]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const sentences = (list: string[]) => list.map(sentence).join(' ');

export function buildDocuments(source: SearchSource): { modules: { slug: string; title: string }[]; docs: SearchDoc[] } {
  const modules = [...source.modules].sort((a, b) => a.order - b.order);
  const moduleIndex = new Map(modules.map((m, i) => [m.slug, i]));
  const docs: SearchDoc[] = [];

  modules.forEach((m, i) => {
    const page = href(`/modules/${m.slug}/`);
    for (const s of splitSections(m.body)) {
      const intro = s.depth === 1;
      docs.push({
        kind: 'section',
        module: i,
        // The text before the first heading is the module's opening: it is found under the module's title.
        title: intro ? m.title : s.heading,
        ...(s.parent ? { parent: s.parent } : {}),
        url: intro ? page : `${page}#${s.anchor}`,
        text: intro ? `${sentence(m.summary)} ${s.shown}`.trim() : s.shown,
        body: intro ? `${m.summary} ${s.prose}` : s.prose,
      });
    }
    for (const [list, where] of [[m.objectives, MODULE_PAGE.objectives], [m.takeaways, MODULE_PAGE.takeaways]] as const) {
      const text = sentences(list);
      docs.push({ kind: 'section', module: i, title: where.title, url: `${page}#${where.anchor}`, text, body: text });
    }
  });

  for (const q of source.quizzes) {
    const module = moduleIndex.get(q.module) ?? -1;
    docs.push({ kind: q.kind, module, title: q.title, url: href(`/${q.kind === 'scenario' ? 'scenarios' : 'checks'}/${q.id}/`), text: '', body: '' });
  }
  for (const g of source.glossary) {
    docs.push({ kind: 'glossary', module: -1, title: g.term, url: href(`/glossary/#${g.id}`), text: g.definition, body: g.definition });
  }
  for (const r of source.resources) {
    const text = [r.summary, ...(r.notes ?? [])].join(' ');
    // Numbers are searchable (a learner may type a hotline's number) but the snippet stays the plain summary.
    const contacts = r.contacts.map((c) => [c.value, c.note].filter(Boolean).join(' ')).join(' ');
    docs.push({ kind: 'resource', module: -1, title: r.name, url: href(`/help/#${r.id}`), text, body: `${text} ${contacts}` });
  }
  return { modules: modules.map(({ slug, title }) => ({ slug, title })), docs };
}
