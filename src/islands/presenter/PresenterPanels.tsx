import type { Ref } from 'preact';
import type { Scenario } from '../../schemas/quiz';
import { WORKSHOP_UI } from '../../lib/workshop/strings';

const T = WORKSHOP_UI.presenter;

/** Before the first scene: who is who, and the content note the facilitator reads aloud. */
export function PresenterIntro({ scenario, headingRef, onBegin }: { scenario: Scenario; headingRef: Ref<HTMLHeadingElement>; onBegin: () => void }) {
  return (
    <section aria-labelledby="presenter-heading">
      <h2 id="presenter-heading" tabIndex={-1} ref={headingRef}>{scenario.title}</h2>
      <dl class="presenter__intro">
        <dt>{T.intro.where}</dt><dd>{scenario.intro.setting}</dd>
        <dt>{T.intro.role}</dt><dd>{scenario.intro.role}</dd>
        <dt>{T.intro.person}</dt><dd>{scenario.intro.person}</dd>
      </dl>
      <aside class="content-note" aria-labelledby="presenter-note">
        <p class="aside-label" id="presenter-note">{T.readAloud}</p>
        <p>{scenario.contentNote}</p>
      </aside>
      <p><button type="button" class="presenter__primary" onClick={onBegin}>{T.begin}</button></p>
    </section>
  );
}

/** The machine's grounding state, shown to the whole room. */
export function PresenterPause({ headingRef, onResume }: { headingRef: Ref<HTMLHeadingElement>; onResume: () => void }) {
  return (
    <section aria-labelledby="presenter-heading" class="presenter__pause-screen">
      <h2 id="presenter-heading" tabIndex={-1} ref={headingRef}>{T.grounding.heading}</h2>
      <p>{T.grounding.lead}</p>
      <ol>{T.grounding.steps.map((s) => <li key={s}>{s}</li>)}</ol>
      <p><button type="button" class="presenter__primary" onClick={onResume}>{T.resume}</button></p>
    </section>
  );
}
