/**
 * Last known scroll position (px) of each scroll container, so the sampler can turn a position
 * read at `scrollend` into a distance. Held weakly: containers the page removes are forgotten.
 */
export interface ScrollPositions {
  /** Records a position without counting it (the document's position when the sampler starts). */
  remember(container: object, position: number): void;
  /** Distance moved since the last reading (px, negative upwards); an unseen container counts from 0. */
  moved(container: object, position: number): number;
}

/** An empty position memory. */
export function createScrollPositions(): ScrollPositions {
  const last = new WeakMap<object, number>();
  return {
    remember: (container, position) => void last.set(container, position),
    moved(container, position) {
      const before = last.get(container) ?? 0;
      last.set(container, position);
      return position - before;
    },
  };
}
