import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The island client @astrojs/preact registers with Astro for production builds (its package `exports`). */
export const PREACT_CLIENT = '@astrojs/preact/client.js';
const OURS = fileURLToPath(new URL('../islands/preactClient.ts', import.meta.url));

/**
 * Builds islands with src/islands/preactClient.ts in place of @astrojs/preact's client: the same
 * contract without signal props, so no island carries Vite's preload helper. A module id swap in
 * `resolveId` (Vite's supported way to provide a module), not an edit of the package's text; if a
 * release of @astrojs/preact stops asking for that id, the build stops and says so.
 */
export default function preactClient(): AstroIntegration {
  return {
    name: 'steady-ground:preact-client',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'build') return;
        let swapped = false;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'steady-ground:preact-client',
                enforce: 'pre',
                resolveId(id, _importer, options) {
                  if (options?.ssr || id !== PREACT_CLIENT) return undefined;
                  swapped = true;
                  return OURS;
                },
                buildEnd() {
                  // Only the client build (with islands) asks for the island client.
                  if (this.environment?.name === 'client' && !swapped) {
                    this.error(`${PREACT_CLIENT} was never imported: @astrojs/preact changed its island client; update src/integrations/preactClient.ts`);
                  }
                },
              },
            ],
          },
        });
      },
    },
  };
}
