import { useState } from 'preact/hooks';
import { parseAmount } from './amount';
import { useT } from '../i18n';

/** What the person says they gave: an amount in the plan's currency. */
export interface GiftAnswer {
  amount: number;
  currency: string;
}

/**
 * The one step after a giving act: "Did you give? How much?", the usual amount prefilled, and
 * *No, not this time* beside it. Nothing is recorded as given unless the person says so here.
 */
export function GiftStep(props: { usualAmount: number; currency: string; answer: (gift: GiftAnswer | null) => void }) {
  const t = useT();
  const [text, setText] = useState(String(props.usualAmount));
  const [problem, setProblem] = useState('');
  return (
    <form
      class="gift-step"
      onSubmit={(event) => {
        event.preventDefault();
        const amount = parseAmount(text);
        if (amount === null) {
          setProblem(t('givingAmountInvalid'));
          return;
        }
        props.answer({ amount, currency: props.currency });
      }}
    >
      <fieldset>
        <legend>{t('actGiftQuestion')}</legend>
        <label for="gift-amount">{t('actGiftAmountLabel', props.currency)}</label>
        <input
          id="gift-amount"
          inputMode="decimal"
          value={text}
          aria-invalid={problem !== ''}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </fieldset>
      {problem && (
        <p class="status-problem" role="alert">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary">
          {t('actGiftYes')}
        </button>
        <button type="button" onClick={() => props.answer(null)}>
          {t('actGiftNo')}
        </button>
      </div>
    </form>
  );
}
