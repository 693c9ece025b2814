import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFigures } from '../figures/use-figures';
import { openPeriodProblem } from '../oversight/period';
import { FieldErrors } from '../ui/FieldErrors';
import { InputField } from '../ui/InputField';
import { ProblemMessage } from '../ui/ProblemMessage';
import { EXPORT_FORMATS, type ExportFormat } from './audit-api';
import { fetchExport, saveFile } from './download';

type Progress =
  | { status: 'idle' }
  | { status: 'running'; bytes: number }
  | { status: 'done'; name: string; bytes: number }
  | { status: 'cancelled' }
  | { status: 'failed'; problem: unknown };

/**
 * The log, or a period of it, as a file for process-mining tools (XES, OCEL 2.0) or archives
 * (CSV, JSON lines): format and period in, a download out, with its progress as it streams.
 */
export function ExportPanel() {
  const { t } = useTranslation();
  const figures = useFigures();
  const [format, setFormat] = useState<ExportFormat>('xes');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [progress, setProgress] = useState<Progress>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);

  async function download(event: FormEvent) {
    event.preventDefault();
    const wrong = openPeriodProblem(from, to);
    if (wrong !== undefined) {
      setProblem(t(`oversight.period.problem.${wrong}`));
      return;
    }
    setProblem(undefined);
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ status: 'running', bytes: 0 });
    try {
      const file = await fetchExport(
        { format, ...(from !== '' ? { from } : {}), ...(to !== '' ? { to } : {}) },
        (bytes) => setProgress({ status: 'running', bytes }),
        controller.signal,
      );
      saveFile(file);
      setProgress({ status: 'done', name: file.name, bytes: file.bytes });
    } catch (error) {
      setProgress(
        controller.signal.aborted ? { status: 'cancelled' } : { status: 'failed', problem: error },
      );
    } finally {
      abort.current = null;
    }
  }

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('audit.export.heading')}</h2>
      <p className="hint">{t('audit.export.explain')}</p>
      <form className="panel form" onSubmit={download} noValidate>
        <fieldset className="field export-formats">
          <legend>{t('audit.export.format')}</legend>
          {EXPORT_FORMATS.map((option) => (
            <div key={option} className="field-check export-format">
              <input
                id={`export-${option}`}
                type="radio"
                name="export-format"
                value={option}
                checked={format === option}
                onChange={() => setFormat(option)}
                aria-describedby={`export-${option}-hint`}
              />
              <label htmlFor={`export-${option}`}>{t(`audit.export.formats.${option}.name`)}</label>
              <span id={`export-${option}-hint`} className="hint">
                {t(`audit.export.formats.${option}.hint`)}
              </span>
            </div>
          ))}
        </fieldset>
        <div className="field-row">
          <InputField
            id="export-from"
            type="date"
            label={t('audit.export.from')}
            value={from}
            onValue={setFrom}
            errorsId={problem !== undefined ? 'export-errors' : undefined}
          />
          <InputField
            id="export-to"
            type="date"
            label={t('audit.export.to')}
            value={to}
            onValue={setTo}
            errorsId={problem !== undefined ? 'export-errors' : undefined}
          />
        </div>
        <p className="hint">{t('audit.export.periodHint')}</p>
        <FieldErrors id="export-errors" errors={problem !== undefined ? [problem] : []} />
        <div className="actions">
          <button type="submit" className="button-primary" disabled={progress.status === 'running'}>
            {t('audit.export.download')}
          </button>
          {progress.status === 'running' && (
            <button
              type="button"
              className="button-secondary"
              onClick={() => abort.current?.abort()}
            >
              {t('audit.export.cancel')}
            </button>
          )}
        </div>
      </form>
      <div role="status" aria-live="polite" data-testid="export-status">
        {progress.status === 'running' && (
          <p>{t('audit.export.running', { size: figures.size(progress.bytes) })}</p>
        )}
        {progress.status === 'done' && (
          <p className="notice notice-success">
            {t('audit.export.done', { name: progress.name, size: figures.size(progress.bytes) })}
          </p>
        )}
        {progress.status === 'cancelled' && <p>{t('audit.export.cancelled')}</p>}
      </div>
      {progress.status === 'failed' && <ProblemMessage problem={progress.problem} />}
    </section>
  );
}
