import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { withBase } from '../lib/url';

/**
 * `import url from '<virtualId>'` gives the address of `file` built as its own chunk, for
 * `import(/* @vite-ignore *\/ url)`. A plain `import('…')` would make Vite add its module-preload
 * helper (about 700 bytes gzipped) to the page. This is Rollup's own API for the address of an
 * emitted chunk (`emitFile`, `import.meta.ROLLUP_FILE_URL_`, `resolveFileUrl`); the address is built
 * under Astro's `base`, so the chunk loads wherever the course is served from.
 */
export default function lazyChunk(virtualId: string, file: URL): AstroIntegration {
  const path = fileURLToPath(file);
  let ref: string | undefined;
  return {
    name: `steady-ground:lazy-chunk:${virtualId}`,
    hooks: {
      'astro:config:setup': ({ updateConfig, command, config }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: `steady-ground:lazy-chunk-url:${virtualId}`,
                resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
                load(id) {
                  if (id !== `\0${virtualId}`) return undefined;
                  // The dev server serves source files directly.
                  if (command === 'dev') return `export default ${JSON.stringify(withBase(config.base, `/@fs${path}`))};`;
                  ref = this.emitFile({ type: 'chunk', id: path });
                  return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
                },
                // From the course's folder rather than relative to the importer: Astro may inline the
                // importing script in the page, where import.meta.url is the page's address.
                resolveFileUrl: ({ referenceId, fileName }) =>
                  referenceId === ref ? JSON.stringify(withBase(config.base, `/${fileName}`)) : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
