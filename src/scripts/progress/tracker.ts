import { PROGRESS_UI } from '../../text/progress';
import { choosePath, markSectionRead, setPosition } from '../../lib/progress/record';
import { initModuleNav } from '../moduleNav';
import { progressStore } from './client';
import { loadBadge } from './loadBadge';
import { showNotices } from './notices';

/**
 * Progress on a module page, without a framework: a section counts as read when its end scrolls
 * into view (the row this script adds just before the next `##` heading) or when the learner
 * marks it; the section being read is remembered for "You stopped at …" on the next visit.
 */
export function initModuleProgress() {
  const panel = document.querySelector<HTMLElement>('[data-module-progress]');
  const body = document.querySelector<HTMLElement>('.module-body');
  if (!panel || !body) return;
  const slug = panel.dataset.module!;
  const store = progressStore();
  const headings = [...body.querySelectorAll<HTMLHeadingElement>(':scope > h2[id]')];
  const title = (id: string) => headings.find((h) => h.id === id)?.textContent?.trim() ?? id;

  // Arriving from a learning path's page (`?path=`) chooses that path.
  const wanted = new URLSearchParams(location.search).get('path');
  const paths = JSON.parse(panel.dataset.paths ?? '[]') as string[];
  if (wanted && paths.includes(wanted) && store.get().path?.value !== wanted) store.update((r, at) => choosePath(r, wanted, at));
  // Without `?path=`, previous and next follow the path the learner chose before.
  const chosen = store.get().path?.value;
  if (!wanted && chosen && paths.includes(chosen)) initModuleNav(chosen);

  // Read before anything below can move it.
  const stoppedAt = store.get().modules[slug]?.position?.value;
  const read = (id: string) => !!store.get().modules[slug]?.sections[id];
  const markRead = (id: string) => {
    if (!read(id)) store.update((r, at) => markSectionRead(r, slug, id, at));
  };

  const rows = headings.map((h, i) => {
    const row = Object.assign(document.createElement('p'), { className: 'section-end no-print' });
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: PROGRESS_UI.markRead });
    button.setAttribute('aria-describedby', h.id);
    button.addEventListener('click', () => {
      markRead(h.id);
      row.querySelector<HTMLElement>('[data-done]')?.focus();
    });
    const done = Object.assign(document.createElement('span'), { textContent: `✓ ${PROGRESS_UI.sectionRead}`, tabIndex: -1 });
    done.dataset.done = '';
    row.append(button, done);
    const next = headings[i + 1];
    if (next) body.insertBefore(row, next);
    else body.append(row);
    return { id: h.id, row, button, done };
  });

  const count = panel.querySelector<HTMLElement>('[data-progress-count]')!;
  const tocLinks = new Map(rows.map((r) => [r.id, document.querySelector<HTMLAnchorElement>(`.toc a[href="#${CSS.escape(r.id)}"]`)]));
  const render = () => {
    for (const r of rows) {
      const isRead = read(r.id);
      r.button.hidden = isRead;
      r.done.hidden = !isRead;
      const link = tocLinks.get(r.id);
      if (link && isRead !== !!link.querySelector('.toc-read')) {
        if (isRead) link.insertAdjacentHTML('beforeend', `<span class="toc-read"> ✓<span class="sr-only"> (${PROGRESS_UI.tocRead})</span></span>`);
        else link.querySelector('.toc-read')?.remove();
      }
    }
    count.textContent = PROGRESS_UI.sectionsRead(rows.filter((r) => read(r.id)).length, rows.length);
  };
  render();
  delete panel.dataset.pending;
  store.subscribe(render);

  if ('IntersectionObserver' in window) {
    // The top fifth of the window is left out, so jumping to a section from the contents does
    // not count the end of the one above it, which then sits just under the top edge.
    const ends = new IntersectionObserver(
      (entries) => entries.forEach((e) => e.isIntersecting && markRead((e.target as HTMLElement).dataset.section!)),
      { rootMargin: '-20% 0px 0px 0px' },
    );
    rows.forEach((r) => ((r.row.dataset.section = r.id), ends.observe(r.row)));
    // The section being read: the last heading to pass into the top part of the window.
    const places = new IntersectionObserver(
      (entries) => {
        const seen = entries.filter((e) => e.isIntersecting).map((e) => e.target.id);
        const id = seen.at(-1);
        if (id && store.get().modules[slug]?.position?.value !== id) store.update((r, at) => setPosition(r, slug, id, at));
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    headings.forEach((h) => places.observe(h));
  }

  if (stoppedAt && stoppedAt !== headings[0]?.id && headings.some((h) => h.id === stoppedAt) && !location.hash) {
    showResume(panel, stoppedAt, title(stoppedAt));
  }
  showNotices(store);
  // The header's indicator (and the summary code it needs) loads after the page is usable.
  loadBadge();
}

function showResume(panel: HTMLElement, id: string, section: string) {
  const banner = panel.querySelector<HTMLElement>('[data-resume]')!;
  banner.querySelector('[data-resume-text]')!.textContent = PROGRESS_UI.resume(section);
  const go = banner.querySelector<HTMLAnchorElement>('[data-resume-go]')!;
  go.href = `#${id}`;
  go.textContent = PROGRESS_UI.resumeGo(section);
  const hide = () => (banner.hidden = true);
  go.addEventListener('click', hide);
  banner.querySelector('[data-resume-dismiss]')!.addEventListener('click', () => {
    hide();
    panel.querySelector<HTMLElement>('[data-progress-count]')?.focus();
  });
  banner.hidden = false;
}
