// The results' titles, addresses and leads, written at build time to /search-docs/<n>.json and
// fetched for the results on screen (src/lib/search/docs.ts). The benchmark builds them with the same function.
import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeSearchIndex } from '../../lib/search/buildIndex';
import { courseSearch } from '../../lib/search/readSource';
import type { SearchDocsFile } from '../../lib/search/types';

export const prerender = true;

export const getStaticPaths = (() =>
  [...courseSearch(process.cwd()).docs].map(([file, docs]) => ({ params: { file }, props: { docs } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ docs: SearchDocsFile }> = ({ props }) =>
  new Response(serializeSearchIndex(props.docs), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
