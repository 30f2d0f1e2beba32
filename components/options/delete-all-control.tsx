import { useEffect, useRef, useState } from 'preact/hooks';
import { totalOf, type DeleteAllResult } from '@/utils/domain/data/outcomes';
import { useT } from '@/components/i18n';
import { Notice } from '@/components/notice';
import './settings.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'confirming' }
  | { kind: 'done'; result: DeleteAllResult }
  | { kind: 'failed'; reason: string };

/**
 * Delete all data, in two explicit steps: the first button only explains what will go and asks;
 * "Yes, delete everything" does it. Focus moves to the question and back, so keyboard use is easy.
 */
export function DeleteAllControl(props: { deleteAll: () => Promise<DeleteAllResult> }) {
  const t = useT();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const question = useRef<HTMLHeadingElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<'question' | 'start' | null>(null);

  useEffect(() => {
    if (focus === 'question') question.current?.focus();
    if (focus === 'start') start.current?.focus();
    setFocus(null);
  }, [focus]);

  async function confirm() {
    try {
      setStep({ kind: 'done', result: await props.deleteAll() });
    } catch (error) {
      setStep({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
    setFocus('start');
  }

  return (
    <div class="data-block" role="group" aria-labelledby="delete-heading">
      <h3 id="delete-heading">{t('deleteHeading')}</h3>
      <p>{t('deleteText')}</p>
      {step.kind !== 'confirming' && (
        <button
          type="button"
          class="danger"
          ref={start}
          onClick={() => {
            setStep({ kind: 'confirming' });
            setFocus('question');
          }}
        >
          {t('deleteStartButton')}
        </button>
      )}
      {step.kind === 'confirming' && (
        <div class="confirm-box">
          <h4 id="delete-question" ref={question} tabIndex={-1}>
            {t('deleteQuestion')}
          </h4>
          <p>{t('deleteWarning')}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void confirm()}>
              {t('deleteConfirmButton')}
            </button>
            <button
              type="button"
              onClick={() => {
                setStep({ kind: 'idle' });
                setFocus('start');
              }}
            >
              {t('deleteCancelButton')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {step.kind === 'done' && <Notice>{describe(step.result, t)}</Notice>}
        {step.kind === 'failed' && <Notice tone="problem">{t('deleteFailed', step.reason)}</Notice>}
      </div>
    </div>
  );
}

function describe(result: DeleteAllResult, t: ReturnType<typeof useT>): string {
  if (result.history === 'cleared') return t('deleteDone', String(totalOf(result.removed)));
  if (result.history === 'unavailable') return t('deleteDoneNoHistory');
  return t('deleteDoneHistoryFailed', result.reason ?? '');
}
