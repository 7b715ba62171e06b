import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ConsoleApi } from '../../shared/ipc/contract';

/** Pages get the transport from here, so tests can render them against a fake ConsoleApi. */
const ApiContext = createContext<ConsoleApi | null>(null);

export function ApiProvider({ api, children }: { api: ConsoleApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): ConsoleApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() needs an <ApiProvider> above it.');
  return api;
}
