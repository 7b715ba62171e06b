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
      <Suspense fallback={<p role="status" className="on-demand-loading">Loading {what}…</p>}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return OnDemand;
}

/** Loads every on-demand component defined so far (after the first paint, and in tests). */
export async function preloadOnDemand(): Promise<void> {
  await Promise.all(preloads.map((preload) => preload()));
}
