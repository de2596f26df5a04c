/** Paragraphs of an author's text, split on blank lines (YAML `|` blocks keep them). */
export function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}
