/** The built address of the header's progress indicator (astro.config.mjs, `lazyChunk`). */
declare module 'virtual:progress-badge-url' {
  const url: string;
  export default url;
}

/** The built address of the progress notices (astro.config.mjs, `lazyChunk`). */
declare module 'virtual:progress-notices-url' {
  const url: string;
  export default url;
}

/** The built address of the progress page's import step, with zod (astro.config.mjs, `lazyChunk`). */
declare module 'virtual:progress-import-url' {
  const url: string;
  export default url;
}

/** The built address of the before-and-after confidence table (astro.config.mjs, `lazyChunk`). */
declare module 'virtual:progress-confidence-url' {
  const url: string;
  export default url;
}
