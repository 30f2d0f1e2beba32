import type { ComponentChildren } from 'preact';
import './journal.css';

/** One card of the journal: a region named by its second-level heading. */
export function JournalSection(props: { id: string; title: string; class?: string; children: ComponentChildren }) {
  return (
    <section class={`card journal-section ${props.class ?? ''}`.trim()} aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}
