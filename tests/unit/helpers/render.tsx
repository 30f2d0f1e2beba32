import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { translate } from './translate';

/** Renders a component the way pages do: inside the i18n provider, with the English messages. */
export function renderWithI18n(ui: ComponentChildren) {
  return render(<I18nProvider t={translate}>{ui}</I18nProvider>);
}
