/** An in-page table of contents: anchor links to the page's sections, for scanning and skipping. */
export function TableOfContents(props: { label: string; links: ReadonlyArray<{ id: string; text: string }> }) {
  return (
    <nav class="toc" aria-label={props.label}>
      <ul>
        {props.links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`}>{link.text}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
