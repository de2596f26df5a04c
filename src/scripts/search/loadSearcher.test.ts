import { describe, expect, it, vi } from 'vitest';
import { INDEX_URL, loadSearcher } from './loadSearcher';
import { buildSearchIndex, serializeSearchIndex } from '../../lib/search/buildIndex';
import { fixtureSource } from '../../lib/search/fixtures/course';

describe('loadSearcher', () => {
  it('fetches the index once; after a failure, the next search tries again', async () => {
    const body = serializeSearchIndex(buildSearchIndex(fixtureSource));
    const fetchIndex = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockImplementation(async () => new Response(body, { status: 200 }));
    await expect(loadSearcher(fetchIndex)).rejects.toThrow(/503/);
    const { searcher } = await loadSearcher(fetchIndex);
    expect(searcher.search('grounding')[0].doc.title).toBe('Grounding in the present');
    await loadSearcher(fetchIndex);
    expect(fetchIndex).toHaveBeenCalledTimes(2);
    expect(fetchIndex).toHaveBeenCalledWith(INDEX_URL);
  });
});
