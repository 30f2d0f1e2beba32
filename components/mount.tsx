import { render, type ComponentChildren } from 'preact';
import type { Translate } from '../utils/domain/i18n';
import { I18nProvider } from './i18n';
import './base.css';

/** Renders a page's root component with the translator every component reads through `useT`. */
export function mountPage(
  app: ComponentChildren,
  t: Translate,
  root: HTMLElement | null = document.getElementById('app'),
) {
  if (!root) throw new Error('page has no #app element');
  render(<I18nProvider t={t}>{app}</I18nProvider>, root);
}
