/** Course navigation, computed from the content: tables of contents and path order. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
}

/** The sections of a module: its `##` headings, in page order. */
export function tocFromHeadings(headings: Heading[]): TocEntry[] {
  return headings.filter((h) => h.depth === 2).map(({ slug, text }) => ({ slug, text }));
}

export interface PathLike {
  id: string;
  title: string;
  modules: string[];
}

export interface ModuleLink {
  slug: string;
  title: string;
}

export interface Neighbours {
  pathId: string;
  pathTitle: string;
  /** 1-based position of the module in the path. */
  position: number;
  total: number;
  prev?: ModuleLink;
  next?: ModuleLink;
}

/** Previous and next module in every path that includes `slug`, in the order paths are listed. */
export function neighbours(paths: PathLike[], slug: string, titles: Map<string, string>): Neighbours[] {
  const link = (s: string | undefined): ModuleLink | undefined => (s ? { slug: s, title: titles.get(s) ?? s } : undefined);
  return paths.flatMap((p) => {
    const i = p.modules.indexOf(slug);
    if (i < 0) return [];
    return [{ pathId: p.id, pathTitle: p.title, position: i + 1, total: p.modules.length, prev: link(p.modules[i - 1]), next: link(p.modules[i + 1]) }];
  });
}

/** Total estimated minutes of a path's modules. */
export function pathMinutes(path: PathLike, minutes: Map<string, number>): number {
  return path.modules.reduce((sum, s) => sum + (minutes.get(s) ?? 0), 0);
}

/** "1 hr 35 min" / "40 min". */
export function formatMinutes(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  return h ? `${h} hr${m ? ` ${m} min` : ''}` : `${m} min`;
}
