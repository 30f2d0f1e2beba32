import { useEffect, useRef, useState } from 'preact/hooks';
import { importProblemMessage, type ImportProblem } from '@/utils/domain/data/import-problem';
import { totalOf, type ImportOutcome } from '@/utils/domain/data/outcomes';
import type { ImportSummary } from '@/utils/domain/data/import-summary';
import { parseImport } from '@/utils/domain/data/parse-import';
import { useT } from '@/components/i18n';
import { Notice } from '@/components/notice';
import { StoreCountsTable } from './store-counts-table';
import './settings.css';

type Done = Extract<ImportOutcome, { ok: true }>;
type Step =
  | { kind: 'idle' }
  | { kind: 'preview'; text: string; summary: ImportSummary }
  | { kind: 'importing' }
  | { kind: 'done'; outcome: Done }
  | { kind: 'problem'; problem: ImportProblem }
  | { kind: 'failed'; reason: string };

/**
 * Import an export file: the whole file is checked first and its contents shown (records per
 * kind and their dates) for the person to confirm; then it is merged, and the result says what
 * was added and what was already here. A file with any problem changes nothing and says why.
 */
export function ImportControls(props: {
  importFile: (text: string, restoreSettings: boolean) => Promise<ImportOutcome>;
  /** Words a date (epoch ms) in the person's locale. */
  formatDate: (epochMs: number) => string;
}) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [restoreSettings, setRestoreSettings] = useState(false);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step.kind === 'preview') previewHeading.current?.focus();
  }, [step.kind]);

  async function choose(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) is noticed.
    input.value = '';
    if (!file) return;
    const text = await file.text();
    const parsed = parseImport(text);
    setRestoreSettings(false);
    setStep(
      parsed.ok ? { kind: 'preview', text, summary: parsed.summary } : { kind: 'problem', problem: parsed.problem },
    );
  }

  async function confirm(text: string) {
    setStep({ kind: 'importing' });
    try {
      const outcome = await props.importFile(text, restoreSettings);
      setStep(outcome.ok ? { kind: 'done', outcome } : { kind: 'problem', problem: outcome.problem });
    } catch (error) {
      setStep({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div class="data-block" role="group" aria-labelledby="import-heading">
      <h3 id="import-heading">{t('importHeading')}</h3>
      <p>{t('importText')}</p>
      <div class="field">
        <label for="import-file">{t('importFileLabel')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          disabled={step.kind === 'importing'}
          onChange={(event) => void choose(event.currentTarget)}
        />
      </div>
      {step.kind === 'preview' && (
        <div class="confirm-box">
          <h4 id="import-preview-heading" ref={previewHeading} tabIndex={-1}>
            {t('importPreviewHeading')}
          </h4>
          <Summary summary={step.summary} formatDate={props.formatDate} />
          <p>{t('importMergeExplained')}</p>
          <div class="check">
            <input
              id="import-restore-settings"
              type="checkbox"
              checked={restoreSettings}
              onChange={(event) => setRestoreSettings(event.currentTarget.checked)}
            />
            <label for="import-restore-settings">{t('importRestoreSettings')}</label>
          </div>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void confirm(step.text)}>
              {t('importConfirmButton')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('importCancelButton')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {step.kind === 'importing' && <p>{t('importWorking')}</p>}
        {step.kind === 'done' && <Result outcome={step.outcome} />}
        {step.kind === 'problem' && <ProblemNotice problem={step.problem} />}
        {step.kind === 'failed' && (
          <Notice tone="problem">
            {t('importFailed', step.reason)} {t('importNothingChanged')}
          </Notice>
        )}
      </div>
    </div>
  );
}

function Summary({ summary, formatDate }: { summary: ImportSummary; formatDate: (epochMs: number) => string }) {
  const t = useT();
  return (
    <>
      <p>{t('importPreviewMade', [formatDate(Date.parse(summary.exportedAt)), summary.appVersion])}</p>
      {summary.from !== null && summary.to !== null ? (
        <p>{t('importPreviewRange', [String(summary.total), formatDate(summary.from), formatDate(summary.to)])}</p>
      ) : (
        <p>{t('importPreviewNoHistory')}</p>
      )}
      {summary.openEpisodes > 0 && <p>{t('importPreviewOpenEpisodes', String(summary.openEpisodes))}</p>}
      <StoreCountsTable
        caption={t('importPreviewTableCaption')}
        columns={[[t('importColumnInFile'), summary.counts]]}
      />
    </>
  );
}

function Result({ outcome }: { outcome: Done }) {
  const t = useT();
  return (
    <Notice>
      <p>{t('importResult', [String(totalOf(outcome.added)), String(totalOf(outcome.alreadyPresent))])}</p>
      {outcome.settingsRestored && <p>{t('importSettingsRestored')}</p>}
      <StoreCountsTable
        caption={t('importResultTableCaption')}
        columns={[
          [t('importColumnAdded'), outcome.added],
          [t('importColumnPresent'), outcome.alreadyPresent],
        ]}
      />
    </Notice>
  );
}

function ProblemNotice({ problem }: { problem: ImportProblem }) {
  const t = useT();
  const { key, substitutions } = importProblemMessage(problem);
  return (
    <Notice tone="problem">
      <p>{t(key, substitutions)}</p>
      <p>{t('importNothingChanged')}</p>
    </Notice>
  );
}
