import type { ComponentChildren } from 'preact';

/** A calm message box. `status` is announced politely; `alert` only for problems that block something. */
export function Notice({ tone = 'info', children }: { tone?: 'info' | 'problem'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${tone}`} role={tone === 'problem' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
