import type { Ref } from 'preact';
import type { ImportPreview as Preview } from '../../lib/progress/importFile';
import { IMPORT_UI as T } from '../../text/progressImport';
import { formatDate } from './useProgress';

interface Props {
  name: string;
  preview: Preview;
  headingRef: Ref<HTMLHeadingElement>;
  onConfirm: () => void;
  onCancel: () => void;
}

/** What a chosen progress file holds, before anything changes; the learner adds it or cancels. */
export function ImportPreview({ name, preview: p, headingRef, onConfirm, onCancel }: Props) {
  return (
    <div class="card import-preview">
      <h3 ref={headingRef} tabIndex={-1}>{T.previewHeading(name)}</h3>
      <ul>
        <li>{T.lastChanged(formatDate(p.updatedAt))}</li>
        <li>{T.sections(p.sectionsRead, p.modulesStarted)}</li>
        <li>{T.scenarios(p.scenariosFinished)}</li>
        <li>{T.attempts(p.checkAttempts)}</li>
        {p.inProgress > 0 && <li>{T.inProgress(p.inProgress)}</li>}
        {p.pathTitle && <li>{T.path(p.pathTitle)}</li>}
        {p.hasName && <li>{T.name}</li>}
        {p.selfAssessment.length > 0 && <li>{T.selfAssessment(p.selfAssessment)}</li>}
      </ul>
      <p>{T.after(p.percentNow, p.percentAfter)}</p>
      <p>
        <button type="button" onClick={onConfirm}>{T.confirm}</button>{' '}
        <button type="button" class="secondary" onClick={onCancel}>{T.cancel}</button>
      </p>
    </div>
  );
}
