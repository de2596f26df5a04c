import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * `import url from '<virtualId>'` gives the address of `file` built as its own chunk, for
 * `import(/* @vite-ignore *\/ url)`. A plain `import('…')` would make Vite add its module-preload
 * helper (about 700 bytes gzipped) to the page.
 */
export default function lazyChunk(virtualId: string, file: URL): AstroIntegration {
  const path = fileURLToPath(file);
  let ref: string | undefined;
  return {
    name: `steady-ground:lazy-chunk:${virtualId}`,
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: `steady-ground:lazy-chunk-url:${virtualId}`,
                resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
                load(id) {
                  if (id !== `\0${virtualId}`) return undefined;
                  // The dev server serves source files directly.
                  if (command === 'dev') return `export default ${JSON.stringify(`/@fs${path}`)};`;
                  ref = this.emitFile({ type: 'chunk', id: path });
                  return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
                },
                // From the site root: Astro may inline the importing script in the page.
                resolveFileUrl: ({ referenceId, fileName }) => (referenceId === ref ? JSON.stringify(`/${fileName}`) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
