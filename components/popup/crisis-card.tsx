import { useT } from '@/components/i18n';

/** An international directory of helplines; the one link Outward shows that is not the person's own. */
export const HELPLINE_DIRECTORY = 'https://findahelpline.com';

/** The calm "not a substitute for care" card, shown only by the crisis rule and dismissible. */
export function CrisisCard({ onDismiss }: { onDismiss: () => void }) {
  const t = useT();
  return (
    <section class="crisis card" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">{t('crisisHeading')}</h2>
      <p>{t('crisisText')}</p>
      <p>
        <a href={HELPLINE_DIRECTORY} target="_blank" rel="noopener noreferrer">
          {t('crisisLink')}
        </a>
      </p>
      <button type="button" onClick={onDismiss}>
        {t('crisisDismiss')}
      </button>
    </section>
  );
}
