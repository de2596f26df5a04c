// The components authors may use in module MDX without importing them, and their styles.
import '../styles/asides.css';
import ContentNote from './ContentNote.astro';
import Term from './Term.astro';
import Vignette from './Vignette.astro';
import TryThis from './TryThis.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Fact from './Fact.astro';

export const mdxComponents = { ContentNote, Term, Vignette, TryThis, Callout, Cite, Fact };
