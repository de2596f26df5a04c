import { describe, expect, it, vi } from 'vitest';
import { loadText } from './loadText';

const ok = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });

describe('loadText', () => {
  it('fetches each text file once, even when asked for it again before it arrives', async () => {
    const fetchText = vi.fn(async () => ok({ 'grounding-in-the-present': 'Grounding helps a person come back.' }));
    const [a, b] = await Promise.all([loadText('module-a-1', fetchText), loadText('module-a-1', fetchText)]);
    expect(a['grounding-in-the-present']).toMatch(/^Grounding helps/);
    expect(b).toBe(a);
    await loadText('module-a-1', fetchText);
    expect(fetchText).toHaveBeenCalledTimes(1);
    expect(fetchText).toHaveBeenCalledWith('/search-text/module-a-1.json');
  });

  it('forgets a failure, so a later search tries again; refuses a file of another shape', async () => {
    const fetchText = vi
      .fn<(url: string) => Promise<Response>>()
      .mockResolvedValueOnce(new Response('', { status: 503 }))
      .mockResolvedValueOnce(ok(['not', 'texts']))
      .mockResolvedValue(ok({ '': 'The opening.' }));
    await expect(loadText('module-b-1', fetchText)).rejects.toThrow(/503/);
    await expect(loadText('module-b-1', fetchText)).rejects.toThrow(/not a search text file/);
    await expect(loadText('module-b-1', fetchText)).resolves.toEqual({ '': 'The opening.' });
    expect(fetchText).toHaveBeenCalledTimes(3);
  });
});
