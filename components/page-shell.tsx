import type { ComponentChildren } from 'preact';
import { useT } from './i18n';
import { Logo } from './logo';

/** The frame every extension page shares: skip link, header with the mark and title, main region. */
export function PageShell({
  title,
  wide = false,
  children,
}: {
  title: string;
  wide?: boolean;
  children: ComponentChildren;
}) {
  const t = useT();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header class="page-header">
        <Logo />
        <h1>{title}</h1>
      </header>
      <main id="main" tabIndex={-1} class={wide ? 'page wide' : 'page'}>
        {children}
      </main>
    </>
  );
}
