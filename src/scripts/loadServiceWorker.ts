import serviceWorkerUrl from 'virtual:service-worker-url';

/**
 * Loads the service worker code (its own small chunk) after the page has loaded, so it
 * never competes with the page itself. Only production builds have a service worker to register.
 */
export function loadServiceWorker() {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () =>
    void (import(/* @vite-ignore */ serviceWorkerUrl) as Promise<typeof import('./serviceWorker')>).then((m) => m.initServiceWorker());
  if (document.readyState === 'complete') start();
  else addEventListener('load', start, { once: true });
}
