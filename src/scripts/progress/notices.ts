import { PROGRESS_UI } from '../../text/progress';
import { PROGRESS_NOTICES } from '../../text/progressNotices';
import type { ProgressNotice, ProgressStore } from '../../lib/progress/storage';
import { downloadText } from './client';
import { backupFilename, noticeText } from './noticeText';

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
          const download = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary', textContent: PROGRESS_NOTICES.downloadCopy });
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
