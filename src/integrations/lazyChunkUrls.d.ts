/** The built address of the header's progress indicator (astro.config.mjs, `lazyChunk`). */
declare module 'virtual:progress-badge-url' {
  const url: string;
  export default url;
}
