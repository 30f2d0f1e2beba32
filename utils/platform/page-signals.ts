/** The page's address without its fragment: a new value means the feed moved to another item. */
export function pageAddress(location: Pick<Location, 'origin' | 'pathname' | 'search'>): string {
  return location.origin + location.pathname + location.search;
}

/** Whether a key went into something the person is typing in (a field or an editable region). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}
