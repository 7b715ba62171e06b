import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';

const preloads: (() => Promise<unknown>)[] = [];

/**
 * A component whose code loads the first time it is shown (a dialog, the guided flow), so the first paint does not
 * pay for it. While it loads, a short status says so; once loaded (or preloaded), it renders at once.
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = async () => (loaded ??= await load());
  preloads.push(preload);
  const Lazy = lazy(async () => ({ default: await preload() }));
  function OnDemand(props: P): ReactNode {
    // Decided once per mount: switching from the lazy path to the loaded one would remount it and lose its state.
    const [Loaded] = useState(() => loaded);
    if (Loaded) return <Loaded {...props} />;
    return (
      <Suspense
        fallback={
          <p role="status" className="on-demand-loading">
            Loading {what}…
          </p>
        }
      >
        <Lazy {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}

/** Resolves once the page is idle (its first screen painted), or after a second at the latest. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function')
      window.requestIdleCallback(() => resolve(), { timeout: 1_000 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Loads every on-demand component defined so far, once the page is idle: after the first usable paint, so their
 * code (and the guided flow's stylesheet, which restyles the whole page) does not delay it. Tests await it too.
 */
export async function preloadOnDemand(): Promise<void> {
  await whenIdle();
  await Promise.all(preloads.map((preload) => preload()));
}
