import importStepUrl from 'virtual:progress-import-url';
import { PROGRESS_PAGE_UI } from '../../text/progressPage';
import { useRef, useState } from 'preact/hooks';
import type { ImportPreview as ImportPreviewData } from '../../lib/progress/importFile';
import { merge } from '../../lib/progress/merge';
import type { CourseOutline } from '../../lib/progress/outline';
import type { ProgressStore } from '../../lib/progress/storage';
import type { ProgressRecord } from '../../lib/progress/types';
import { downloadText } from '../../scripts/progress/client';

type ImportStep = typeof import('./importStep');

const T = PROGRESS_PAGE_UI.transfer;

interface Pending {
  record: ProgressRecord;
  preview: ImportPreviewData;
  name: string;
  /** The import step's code, loaded when the file was chosen. */
  step: ImportStep;
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
    // The checks (with zod), the preview and its words load only now, by address: a plain
    // import() would bring Vite's preload helper into the page's code.
    const step = await (import(/* @vite-ignore */ importStepUrl) as Promise<ImportStep>);
    const text = file.size > step.MAX_IMPORT_BYTES ? '' : await file.text();
    const result = await step.checkFile(text, file.size, outline, store.get());
    if (input.current) input.current.value = '';
    if (!result.ok) return setMessage({ error: true, text: `${result.message} ${step.IMPORT_UI.nothingChanged}` });
    setMessage(null);
    setPending({ record: result.record, preview: result.preview, name: file.name, step });
    requestAnimationFrame(() => heading.current?.focus());
  };

  const confirm = (p: Pending) => {
    store.update((r) => merge(r, p.record));
    setPending(null);
    setMessage({ error: false, text: p.step.IMPORT_UI.added });
  };
  const cancel = (p: Pending) => {
    setPending(null);
    setMessage({ error: false, text: p.step.IMPORT_UI.cancelled });
  };

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
      {pending && (
        <pending.step.ImportPreview name={pending.name} preview={pending.preview} headingRef={heading}
          onConfirm={() => confirm(pending)} onCancel={() => cancel(pending)} />
      )}
      {/* Two standing live regions: a problem is announced at once, a confirmation politely. */}
      <div role="alert">{message?.error && <p class="progress-notice">{message.text}</p>}</div>
      <div role="status">{message && !message.error && <p>{message.text}</p>}</div>
    </section>
  );
}
