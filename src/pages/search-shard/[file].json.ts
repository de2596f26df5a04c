// The postings shards, written at build time to /search-shard/<n>.json: a query fetches the ones
// holding its terms (src/lib/search/shards.ts). The benchmark builds them with the same function.
import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeSearchIndex } from '../../lib/search/buildIndex';
import { courseSearch } from '../../lib/search/readSource';
import type { SearchShardFile } from '../../lib/search/types';

export const prerender = true;

export const getStaticPaths = (() =>
  [...courseSearch(process.cwd()).shards].map(([file, shard]) => ({ params: { file }, props: { shard } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: SearchShardFile }> = ({ props }) =>
  new Response(serializeSearchIndex(props.shard), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
