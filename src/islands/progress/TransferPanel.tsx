import { PROGRESS_PAGE_UI } from '../../text/progressPage';
import { useRef, useState } from 'preact/hooks';
import type { ImportPreview } from '../../lib/progress/importFile';
import { merge } from '../../lib/progress/merge';
import type { CourseOutline } from '../../lib/progress/outline';
import type { ProgressStore } from '../../lib/progress/storage';
import type { ProgressRecord } from '../../lib/progress/types';
import { downloadText } from '../../scripts/progress/client';
import { formatDate } from './useProgress';

const T = PROGRESS_PAGE_UI.transfer;

interface Pending {
  record: ProgressRecord;
  preview: ImportPreview;
  name: string;
}

/** Download the record as a file; add a file's progress to this device's, after a look at it. */
export function TransferPanel({ store, outline }: { store: ProgressStore; outline: CourseOutline }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const download = () => {
    const name = `steady-ground-progress-${new Date().toISOString().slice(0, 10)}.json`;
    downloadText(JSON.stringify(store.get(), null, 2), name);
    setMessage({ error: false, text: T.downloaded(name) });
  };

  const choose = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    setPending(null);
    if (!file) return;
    // zod comes with the checks, so it loads only now.
    const { validateImport, MAX_IMPORT_BYTES } = await import('../../lib/progress/importFile');
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const result = validateImport(text, file.size, outline, store.get());
    if (input.current) input.current.value = '';
    if (!result.ok) return setMessage({ error: true, text: `${result.message} ${T.nothingChanged}` });
    setMessage(null);
    setPending({ record: result.record, preview: result.preview, name: file.name });
    requestAnimationFrame(() => heading.current?.focus());
  };

  const confirm = () => {
    const imported = pending!.record;
    store.update((r) => merge(r, imported));
    setPending(null);
    setMessage({ error: false, text: T.added });
  };

  const p = pending?.preview;
  return (
    <section aria-labelledby="transfer-heading" class="transfer no-print">
      <h2 id="transfer-heading">{T.heading}</h2>
      <p>{T.intro}</p>
      <p>
        <button type="button" onClick={download}>{T.download}</button>
      </p>
      <p>
        <label for="progress-file">{T.chooseLabel}</label>
        <br />
        <input id="progress-file" ref={input} type="file" accept=".json,application/json" onChange={choose} />
      </p>
      {pending && p && (
        <div class="card import-preview">
          <h3 ref={heading} tabIndex={-1}>{T.previewHeading(pending.name)}</h3>
          <ul>
            <li>{T.lastChanged(formatDate(p.updatedAt))}</li>
            <li>{T.sections(p.sectionsRead, p.modulesStarted)}</li>
            <li>{T.scenarios(p.scenariosFinished)}</li>
            <li>{T.attempts(p.checkAttempts)}</li>
            {p.inProgress > 0 && <li>{T.inProgress(p.inProgress)}</li>}
            {p.pathTitle && <li>{T.path(p.pathTitle)}</li>}
            {p.hasName && <li>{T.name}</li>}
          </ul>
          <p>{T.after(p.percentNow, p.percentAfter)}</p>
          <p>
            <button type="button" onClick={confirm}>{T.confirm}</button>{' '}
            <button type="button" class="secondary" onClick={() => (setPending(null), setMessage({ error: false, text: T.cancelled }))}>
              {T.cancel}
            </button>
          </p>
        </div>
      )}
      {/* Two standing live regions: a problem is announced at once, a confirmation politely. */}
      <div role="alert">{message?.error && <p class="progress-notice">{message.text}</p>}</div>
      <div role="status">{message && !message.error && <p>{message.text}</p>}</div>
    </section>
  );
}
