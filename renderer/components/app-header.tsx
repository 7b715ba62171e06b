import type { AppInfo } from '../../shared/ipc/contract';
import { Badge } from './badge';

export function AppHeader({ appInfo }: { appInfo?: AppInfo }) {
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>
        <h1>Integrator Console</h1>
        <span className="muted">MobilePay PoS V10 · Integrator Authentication</span>
      </div>
      {appInfo && (
        <div className="app-meta">
          {appInfo.shell === 'preview' && <Badge text="Browser preview" tone="info" />}
          <span className="muted">v{appInfo.version}</span>
        </div>
      )}
    </header>
  );
}
