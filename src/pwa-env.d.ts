// Types for the virtual modules the offline copy uses.
/// <reference types="vite-plugin-pwa/info" />

/** The built address of the service worker registration code (astro.config.mjs, `lazyChunk`). */
declare module 'virtual:service-worker-url' {
  const url: string;
  export default url;
}
