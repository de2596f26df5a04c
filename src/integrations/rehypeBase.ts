import { withBase } from '../lib/url';

/** The part of a hast (or MDX JSX) node this plugin reads. */
interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

/** Attributes that hold an address, by element. */
const URL_ATTRIBUTES = new Set(['href', 'src']);
const isCoursePath = (value: unknown): value is string => typeof value === 'string' && value.startsWith('/') && !value.startsWith('//');

/**
 * Puts every root-absolute link and image in course content (`[Get help now](/help/)`, or
 * `<a href="/help/">` written in MDX) under the site's base, through the same helper as the rest of
 * the site (src/lib/url.ts). Authors keep writing addresses as if the course were at the root.
 */
export default function rehypeBase({ base }: { base: string }) {
  const visit = (node: Node) => {
    if (node.type === 'element' && node.properties) {
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (isCoursePath(value)) node.properties[name] = withBase(base, value);
      }
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.attributes) {
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute' && URL_ATTRIBUTES.has(attribute.name ?? '') && isCoursePath(attribute.value)) {
          attribute.value = withBase(base, attribute.value);
        }
      }
    }
    node.children?.forEach(visit);
  };
  return (tree: Node) => visit(tree);
}
