import { UI } from '../config';
import { SW_FILE } from '../lib/offline/precache';
import { href } from '../lib/url';

/**
 * Registers the service worker that keeps the course working offline, and tells the learner two things:
 * once, that the course is now stored for offline use; and when a new release is waiting, that it is
 * ready, with a button to switch to it. The switch reloads the page; progress in localStorage is untouched.
 *
 * This is vite-plugin-pwa's `registerSW` in prompt mode, written against the browser's own service
 * worker API: every page loads it, and workbox-window (which did the same) cost 2.5 KB gzipped of a
 * module page's 10 KB JavaScript budget. The worker itself is still workbox's (src/integrations/pwaOptions.ts);
 * `{ type: 'SKIP_WAITING' }` is the message its generated worker answers by taking over.
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

  const sw = navigator.serviceWorker;
  let offered = false;
  const offerUpdate = () => {
    if (offered) return;
    offered = true;
    // Reload once the new release has taken over, so every part of the page comes from it.
    sw.addEventListener('controllerchange', () => window.location.reload());
    show(UI.offline.updateReady, true);
  };

  sw.register(href(`/${SW_FILE}`), { scope: href('/') }).then(
    (registration) => {
      // A worker has finished installing: the first one means the course is stored; a later one is a
      // new release, which waits while the current one runs (found by this tab or another).
      const installed = (worker: ServiceWorker) => {
        if (worker.state !== 'installed') return;
        if (registration.active) offerUpdate();
        else if (!offered) show(UI.offline.ready, false);
      };
      const watched = new WeakSet<ServiceWorker>();
      const watch = (worker: ServiceWorker | null) => {
        if (!worker || watched.has(worker)) return;
        watched.add(worker);
        worker.addEventListener('statechange', () => installed(worker));
        installed(worker);
      };
      // A release waiting when the page opens, or one being installed now or later.
      if (registration.waiting) offerUpdate();
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      button.addEventListener('click', () => {
        button.disabled = true;
        message.textContent = UI.offline.updating;
        registration.waiting?.postMessage({ type: 'SKIP_WAITING' });
      });
    },
    // Without a service worker (some private windows) the course still works online: say nothing.
    () => {},
  );
}
