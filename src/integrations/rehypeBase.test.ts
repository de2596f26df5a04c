import { describe, expect, it } from 'vitest';
import rehypeBase from './rehypeBase';

const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });

describe('rehypeBase', () => {
  it('puts course links and images in content under the base, and leaves other addresses alone', () => {
    const tree = {
      type: 'root',
      children: [
        link('/help/'),
        link('/modules/legal-frameworks/#visas'),
        link('https://988lifeline.org/'),
        link('#objectives'),
        link('//cdn.example.com/'),
        { type: 'element', tagName: 'img', properties: { src: '/favicon.svg' }, children: [] },
        { type: 'mdxJsxTextElement', name: 'a', attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/pause/' }], children: [] },
      ],
    };
    rehypeBase({ base: '/steady-ground/' })(tree);
    const addresses = (tree.children as { properties?: Record<string, string>; attributes?: { value: string }[] }[]).map(
      (n) => (n.properties ? Object.values(n.properties)[0] : n.attributes![0].value),
    );
    expect(addresses).toEqual([
      '/steady-ground/help/', '/steady-ground/modules/legal-frameworks/#visas', 'https://988lifeline.org/', '#objectives',
      '//cdn.example.com/', '/steady-ground/favicon.svg', '/steady-ground/pause/',
    ]);
  });
});
