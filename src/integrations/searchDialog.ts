import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

const ID = 'virtual:search-dialog-url';
const DIALOG = fileURLToPath(new URL('../islands/search/mountDialog.tsx', import.meta.url));

/**
 * Gives the header's search button the address of the search dialog's code, built as its own chunk.
 * A plain `import('…')` would make Vite add its module-preload helper (about 1 KB) to every page;
 * importing this address instead keeps the button's script to a few hundred bytes.
 */
export default function searchDialog(): AstroIntegration {
  let ref: string | undefined;
  return {
    name: 'steady-ground:search-dialog',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'steady-ground:search-dialog-url',
                resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
                load(id) {
                  if (id !== `\0${ID}`) return undefined;
                  // The dev server serves source files directly.
                  if (command === 'dev') return `export default ${JSON.stringify(`/@fs${DIALOG}`)};`;
                  ref = this.emitFile({ type: 'chunk', id: DIALOG });
                  return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
                },
                // From the site root, not relative to the script: Astro may inline the script in the page.
                resolveFileUrl: ({ referenceId, fileName }) => (referenceId === ref ? JSON.stringify(`/${fileName}`) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
