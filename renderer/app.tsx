import { TokenPage } from './features/token/token-page';

/** One screen for now; more features (profiles, PoS probe, history) will sit next to it. */
export function App() {
  return <TokenPage />;
}
