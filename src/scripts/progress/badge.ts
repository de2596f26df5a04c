import { hasProgress } from '../../lib/progress/record';
import { summarize } from '../../lib/progress/summarize';
import { fetchOutline, progressStore } from './client';

let started = false;

/** The header's "Progress 40%" link: shown once there is progress, kept current as it changes. */
export function initProgressBadge() {
  const badge = document.querySelector<HTMLElement>('[data-progress-badge]');
  if (!badge || started) return;
  started = true;
  const store = progressStore();
  const render = async () => {
    const record = store.get();
    const outline = hasProgress(record) ? await fetchOutline() : null;
    badge.hidden = !outline;
    if (outline) badge.querySelector('[data-progress-percent]')!.textContent = `${summarize(record, outline).overall.percent}%`;
  };
  void render();
  store.subscribe(() => void render());
}

