import type { AstroIntegration } from 'astro';

const CLIENT = '/@astrojs/preact/dist/client.js';
const IMPORT = 'import("@preact/signals")';

/**
 * @astrojs/preact's island client imports @preact/signals with `import()`, for signal props (this
 * site passes none), and that one `import()` makes Vite add its module-preload helper (about 650
 * bytes gzipped) to every island's download. This builds @preact/signals as its own chunk and
 * imports it by address instead, as `lazyChunk.ts` does for our own files: signal props still work.
 */
export default function preactSignals(): AstroIntegration {
  let ref: string | undefined;
  return {
    name: 'steady-ground:preact-signals-by-address',
    hooks: {
      'astro:config:setup': ({ updateConfig, command }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'steady-ground:preact-signals-by-address',
                async transform(code, id, options) {
                  if (options?.ssr || !id.endsWith(CLIENT)) return undefined;
                  if (!code.includes(IMPORT)) {
                    // The budget test (e2e/weight.spec.ts) will say what that costs.
                    this.warn(`${CLIENT} no longer contains ${IMPORT}: the preload helper is back on island pages`);
                    return undefined;
                  }
                  const signals = await this.resolve('@preact/signals', id);
                  if (!signals) return undefined;
                  ref = this.emitFile({ type: 'chunk', id: signals.id });
                  return code.replace(IMPORT, `import(/* @vite-ignore */ import.meta.ROLLUP_FILE_URL_${ref})`);
                },
                resolveFileUrl: ({ referenceId, fileName }) => (referenceId === ref ? JSON.stringify(`/${fileName}`) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
