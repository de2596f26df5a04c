import { href } from '../../lib/url';
import { PROGRESS_UI } from '../../text/progress';
import { CERTIFICATE_UI } from '../../text/certificate';
import { useEffect, useState } from 'preact/hooks';
import { certificateFor, completionCode } from '../../lib/progress/certificate';
import type { CourseOutline } from '../../lib/progress/outline';
import { rememberName } from '../../lib/progress/record';
import { summarize } from '../../lib/progress/summarize';
import { useConfidence } from './useConfidence';
import { useOutline } from './useOutline';
import { formatDate, useProgress } from './useProgress';

const T = CERTIFICATE_UI;

/** The certificate page, once the course outline has loaded. */
export default function CertificateApp() {
  const outline = useOutline();
  if (outline === null) return <p role="status">{T.loading}</p>;
  if (outline === 'failed') return <p role="status" class="card">{T.outlineFailed}</p>;
  return <Certificate outline={outline} />;
}

/** Shown only for a completed path, with an optional name and a print button. */
function Certificate({ outline }: { outline: CourseOutline }) {
  const store = useProgress();
  const record = store.get();
  const summary = summarize(record, outline);
  const asked = new URLSearchParams(location.search).get('path');
  const pathId = asked ?? summary.chosenPath ?? summary.paths.find((p) => p.complete)?.id ?? outline.paths[0]?.id;
  const cert = pathId ? certificateFor(record, outline, pathId) : null;
  const saved = record.certificateName?.value ?? null;
  const [name, setName] = useState(saved ?? '');
  const [remember, setRemember] = useState(saved !== null);
  const [code, setCode] = useState<string | null>(null);
  // The learner's confidence ratings, only if they have some and only if they ask (not kept).
  const chart = useConfidence(record);
  const [ratings, setRatings] = useState(false);
  useEffect(() => {
    if (cert) completionCode(cert.payload).then(setCode, () => setCode(null));
  }, [cert?.payload]);

  if (!cert) {
    const path = summary.paths.find((p) => p.id === pathId);
    return (
      <div class="card">
        <p>{path ? T.notYet(path.title, path.modulesComplete, path.modules.length) : T.noPath}</p>
        <p><a href={href('/progress/')}>{PROGRESS_UI.seeAll}</a></p>
      </div>
    );
  }
  const keep = (value: string, on: boolean) => store.update((r, at) => rememberName(r, on ? value : null, at));
  return (
    <>
      <form class="certificate-form no-print" onSubmit={(e) => (e.preventDefault(), window.print())}>
        <p>
          <label for="cert-name">{T.nameLabel}</label>
          <br />
          <input id="cert-name" type="text" autocomplete="name" maxLength={80} value={name}
            onInput={(e) => { const v = e.currentTarget.value; setName(v); if (remember) keep(v, true); }} />
        </p>
        <p>
          <label>
            <input type="checkbox" checked={remember} onChange={(e) => { const on = e.currentTarget.checked; setRemember(on); keep(name, on); }} />{' '}
            {T.remember}
          </label>
        </p>
        {chart && (
          <p>
            <label>
              <input type="checkbox" checked={ratings} onChange={(e) => setRatings(e.currentTarget.checked)} />{' '}
              {chart.SELF_ASSESSMENT_UI.certificate.show}
            </label>
          </p>
        )}
        <p><button type="submit">{T.print}</button></p>
        {chart && <chart.RateAgain record={record} summary={summary} />}
      </form>
      <article class="certificate" aria-labelledby="cert-title">
        <p class="certificate__site">Steady Ground</p>
        <h2 id="cert-title">{T.title}</h2>
        <p class="certificate__lead">{T.lead(name.trim())}</p>
        <p class="certificate__path">{cert.path.title}</p>
        <p>{T.completedOn(formatDate(cert.completedAt))}</p>
        <table>
          <caption class="sr-only">{T.tableCaption}</caption>
          <thead><tr><th scope="col">{T.module}</th><th scope="col">{T.completed}</th><th scope="col">{T.score}</th></tr></thead>
          <tbody>
            {cert.modules.map((m) => (
              <tr key={m.slug}>
                <td>{m.title}</td>
                <td>{formatDate(m.completedAt)}</td>
                <td>{m.checks.map((c) => `${c.score} of ${c.total} (${c.percent}%)`).join(', ') || T.noCheck}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {chart && ratings && <chart.ConfidenceTable record={record} />}
        <p>{T.codeLabel} <strong class="certificate__code">{code ?? '…'}</strong></p>
        <p class="certificate__disclaimer">{CERTIFICATE_UI.disclaimer}</p>
      </article>
    </>
  );
}
