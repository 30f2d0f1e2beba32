import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code is loaded the first time it is drawn (it draws nothing until then, a few
 * milliseconds from the extension's own files), so a page does not load up front what only a
 * click shows. `load` runs once, however often the component is drawn.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      (loading ??= load()).then(
        (component) => {
          loaded = component;
          if (live) setComponent(() => component);
        },
        (error: unknown) => {
          loading = null;
          console.warn('[outward] part of the page could not be loaded', error);
        },
      );
      return () => {
        live = false;
      };
    }, []);
    return Component ? <Component {...props} /> : null;
  };
}
