// The prebuilt search index, written once at build time to /search-index.json. The benchmark
// (scripts/bench-search.ts) builds it with the same function.
import type { APIRoute } from 'astro';
import { buildSearchIndex, serializeSearchIndex } from '../lib/search/buildIndex';
import { readSearchSource } from '../lib/search/readSource';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(serializeSearchIndex(buildSearchIndex(readSearchSource(process.cwd()))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
