// Vitest setup: dialogs and the guided flow load on demand in the app (components/on-demand.tsx) and are preloaded
// once the console is ready; DOM tests read them as the app does after that preload.
import { beforeAll } from 'vitest';

if (typeof document !== 'undefined') {
  beforeAll(async () => {
    const { preloadOnDemand } = await import('../components/on-demand');
    await preloadOnDemand();
  });
}
