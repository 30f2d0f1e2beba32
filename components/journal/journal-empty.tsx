import { useT } from '../i18n';

/** A first visit with no history yet: what will gather here, and how it starts. */
export function JournalEmpty() {
  const t = useT();
  return (
    <section class="card journal-empty" aria-labelledby="journal-empty-heading">
      <h2 id="journal-empty-heading">{t('journalEmptyHeading')}</h2>
      <p>{t('journalEmpty')}</p>
      <p class="muted">{t('journalEmptyHint')}</p>
    </section>
  );
}
