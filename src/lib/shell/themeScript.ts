import { SITE } from '../../config';

/**
 * Applies the learner's light/dark choice before the first paint, so the page never flashes: inline in
 * every page's <head>, allowed by its hash in the page's Content-Security-Policy (src/integrations/csp.ts).
 */
export const THEME_SCRIPT = `try{const t=localStorage.getItem(${JSON.stringify(SITE.themeKey)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;
