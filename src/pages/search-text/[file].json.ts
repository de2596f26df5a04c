// The snippet text files, written at build time to /search-text/<name>.json beside the index
// (src/lib/search/texts.ts says how the text is split). The benchmark builds them with the same function.
import type { APIRoute, GetStaticPaths } from 'astro';
import { serializeSearchIndex } from '../../lib/search/buildIndex';
import { courseSearch } from '../../lib/search/readSource';
import type { SearchTextFile } from '../../lib/search/types';

export const prerender = true;

export const getStaticPaths = (() =>
  [...courseSearch(process.cwd()).texts].map(([file, texts]) => ({ params: { file }, props: { texts } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ texts: SearchTextFile }> = ({ props }) =>
  new Response(serializeSearchIndex(props.texts), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
