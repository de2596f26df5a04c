import eraseNowUrl from 'virtual:erase-now-url';

/**
 * The erase control on the about and progress pages. What it says and does (the words for every kind
 * of stored item) loads on the first click: few learners erase, and every one of them waits a moment
 * at most (about 0.6 KB off both pages).
 */
export function initErase() {
  const button = document.querySelector<HTMLButtonElement>('[data-erase-button]');
  const status = document.querySelector<HTMLElement>('[data-erase-status]');
  if (!button || !status) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    void (import(/* @vite-ignore */ eraseNowUrl) as Promise<typeof import('./eraseNow')>).then((m) => m.eraseNow(status));
  });
}
