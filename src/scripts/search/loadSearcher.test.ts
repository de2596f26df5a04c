import { describe, expect, it, vi } from 'vitest';
import { INDEX_URL, loadDocs, loadSearcher, loadShard } from './loadSearcher';
import { buildSearch, serializeSearchIndex } from '../../lib/search/buildIndex';
import { fixtureSource } from '../../lib/search/fixtures/course';

const built = buildSearch(fixtureSource);
const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('loadSearcher', () => {
  it('fetches the index once; after a failure, the next search tries again', async () => {
    const body = serializeSearchIndex(built.index);
    const fetchIndex = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockImplementation(async () => new Response(body, { status: 200 }));
    await expect(loadSearcher(fetchIndex)).rejects.toThrow(/503/);
    const { searcher } = await loadSearcher(fetchIndex);
    for (const n of searcher.missing('grounding')) searcher.add(n, await loadShard(n, async () => ok(built.shards.get(String(n)))));
    const { hits, complete } = searcher.search('grounding');
    expect(complete).toBe(true);
    expect(built.stored[hits[0].ref].title).toBe('Grounding in the present');
    await loadSearcher(fetchIndex);
    expect(fetchIndex).toHaveBeenCalledTimes(2);
    expect(fetchIndex).toHaveBeenCalledWith(INDEX_URL);
  });
});

describe('loadShard and loadDocs', () => {
  it('fetch each file once, forget a failure, and refuse a file of another shape', async () => {
    const fetchFile = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(ok({ not: 'docs' }))
      .mockImplementation(async () => ok(built.docs.get('0')));
    await expect(loadDocs(0, fetchFile)).rejects.toThrow(/503/);
    await expect(loadDocs(0, fetchFile)).rejects.toThrow(/not a search docs file/);
    const [a, b] = await Promise.all([loadDocs(0, fetchFile), loadDocs(0, fetchFile)]);
    expect(b).toBe(a);
    expect(a[0].url).toBe(built.stored[0].url);
    expect(fetchFile).toHaveBeenCalledTimes(3);
    expect(fetchFile).toHaveBeenLastCalledWith('/search-docs/0.json');
    const shardFetch = vi.fn(async () => new Response('', { status: 404 }));
    await expect(loadShard(7, shardFetch)).rejects.toThrow('/search-shard/7.json answered 404');
  });
});
