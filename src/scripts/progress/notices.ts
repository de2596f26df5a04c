import { PROGRESS_UI } from '../../text/progress';
import type { ProgressNotice, ProgressStore } from '../../lib/progress/storage';
import { downloadText } from './client';

/** The sentence a learner reads for each notice (the progress page's island uses it too). */
export function noticeText(n: ProgressNotice): string {
  const t = PROGRESS_UI.notices;
  if (n.kind === 'unreadable') return n.backupKey ? t.unreadable : t.unreadableNoRoom;
  return t[n.reason];
}

export const backupFilename = (key: string) => `steady-ground-progress-unreadable-${key.split(':').pop()!.replace(/[:.]/g, '-')}.txt`;

/**
 * Shows the store's notices at the top of the page, in a live region, each with what the learner
 * can do about it. Used on pages without an island of their own (module and quiz pages).
 */
export function showNotices(store: ProgressStore) {
  let region = document.querySelector<HTMLElement>('[data-progress-notices]');
  if (!region) {
    region = Object.assign(document.createElement('div'), { className: 'progress-notices no-print' });
    region.dataset.progressNotices = '';
    document.querySelector('main')?.prepend(region);
  }
  region.setAttribute('role', 'status');
  let shown: ProgressNotice[] | undefined;
  const render = () => {
    // Only when the notices change: rewriting a live region makes screen readers repeat it.
    if (store.notices() === shown) return;
    shown = store.notices();
    region.replaceChildren(
      ...store.notices().map((n) => {
        const box = Object.assign(document.createElement('div'), { className: 'progress-notice' });
        box.append(Object.assign(document.createElement('p'), { textContent: noticeText(n) }));
        const actions = document.createElement('p');
        if (n.kind === 'unreadable') {
          const download = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: PROGRESS_UI.notices.downloadCopy });
          download.addEventListener('click', () => downloadText(n.raw, backupFilename(n.backupKey ?? 'now')));
          actions.append(download, ' ');
        }
        const dismiss = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: PROGRESS_UI.dismiss });
        dismiss.addEventListener('click', () => store.dismiss(n));
        actions.append(dismiss);
        box.append(actions);
        return box;
      }),
    );
  };
  render();
  store.subscribe(render);
}
