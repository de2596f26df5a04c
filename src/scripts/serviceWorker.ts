import { Workbox } from 'workbox-window';
import { UI } from '../config';
import { SW_URL } from '../lib/offline/precache';

/**
 * Registers the service worker that keeps the course working offline, and tells the learner two things:
 * once, that the course is now stored for offline use; and when a new release is waiting, that it is
 * ready, with a button to switch to it. The switch reloads the page; progress in localStorage is untouched.
 *
 * This is vite-plugin-pwa's `registerSW` in prompt mode, written against workbox-window directly so it can
 * load as one chunk by address (src/scripts/loadServiceWorker.ts) without Vite's preload helper on every page.
 */
export function initServiceWorker() {
  const notice = document.querySelector<HTMLElement>('[data-sw-notice]');
  const message = notice?.querySelector<HTMLElement>('[data-sw-message]');
  const button = notice?.querySelector<HTMLButtonElement>('[data-sw-update]');
  if (!notice || !message || !button) return;
  const show = (text: string, offerUpdate: boolean) => {
    message.textContent = text;
    button.hidden = !offerUpdate;
    notice.dataset.shown = '';
  };

  const wb = new Workbox(SW_URL, { scope: '/' });
  let offered = false;
  const offerUpdate = () => {
    if (offered) return;
    offered = true;
    // Reload once the new release has taken over, so every part of the page comes from it.
    wb.addEventListener('controlling', (event) => {
      if (event.isUpdate) window.location.reload();
    });
    show(UI.offline.updateReady, true);
  };
  // A release waiting when the page opens, or found while it is open.
  wb.addEventListener('waiting', offerUpdate);
  wb.addEventListener('installed', (event) => {
    if (event.isUpdate) return; // a new release: 'waiting' follows
    if (event.isExternal) offerUpdate(); // another tab found a new release
    else if (!offered) show(UI.offline.ready, false); // the first install: the course is now stored
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    message.textContent = UI.offline.updating;
    wb.messageSkipWaiting();
  });
  // Without a service worker (some private windows) the course still works online: say nothing.
  wb.register().catch(() => {});
}
