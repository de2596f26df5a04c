import { registerSW } from 'virtual:pwa-register';
import { UI } from '../config';

/**
 * Registers the service worker that keeps the course working offline, and tells the learner two things:
 * once, that the course is now stored for offline use; and when a new release is waiting, that it is
 * ready, with a button to switch to it. The switch reloads the page; progress in localStorage is untouched.
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
  const updateNow = registerSW({
    onOfflineReady: () => show(UI.offline.ready, false),
    onNeedRefresh: () => show(UI.offline.updateReady, true),
    // Without a service worker (private windows, some browsers) the course still works online: say nothing.
    onRegisterError: () => {},
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    message.textContent = UI.offline.updating;
    // Activates the waiting release; workbox-window reloads the page once it has taken over.
    void updateNow();
  });
}
