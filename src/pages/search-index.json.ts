// The part of the search index every query needs, written once at build time to /search-index.json
// (src/lib/search/shards.ts says what is in it and what is not). The benchmark
// (scripts/bench-search.ts) builds it with the same function.
import type { APIRoute } from 'astro';
import { serializeSearchIndex } from '../lib/search/buildIndex';
import { courseSearch } from '../lib/search/readSource';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(serializeSearchIndex(courseSearch(process.cwd()).index), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
