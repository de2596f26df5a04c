// Types for the virtual modules @vite-pwa/astro provides (the service worker registration and the manifest link).
/// <reference types="vite-plugin-pwa/vanillajs" />
/// <reference types="vite-plugin-pwa/info" />
