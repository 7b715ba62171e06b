import type { AppInfo } from '../../shared/ipc/contract';
import { Badge } from './badge';
import './app-header.css';

export type AppView = 'console' | 'guided-flow';

const VIEWS: { id: AppView; label: string }[] = [
  { id: 'console', label: 'Console' },
  { id: 'guided-flow', label: 'Guided flow' },
];

interface AppHeaderProps {
  appInfo?: AppInfo;
  presentationMode: boolean;
  onTogglePresentation: () => void;
  view: AppView;
  onViewChange: (view: AppView) => void;
  onOpenPalette: () => void;
}

function isMac(appInfo?: AppInfo): boolean {
  return appInfo?.platform === 'darwin' || (appInfo === undefined && /Mac/.test(navigator.platform));
}

/** The app's name, its views, and the presentation mode switch (also Ctrl+Shift+P / ⌘⇧P). */
export function AppHeader({
  appInfo,
  presentationMode,
  onTogglePresentation,
  view,
  onViewChange,
  onOpenPalette,
}: AppHeaderProps) {
  const shortcut = isMac(appInfo) ? '⌘⇧P' : 'Ctrl+Shift+P';
  return (
    <header className="app-header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          ◆
        </span>
        <h1>Integrator Console</h1>
        <span className="muted brand-subtitle">MobilePay PoS V10 · Integrator Authentication</span>
        {presentationMode && <Badge text="Values masked" tone="warning" />}
      </div>
      <nav className="view-nav" aria-label="Views">
        {VIEWS.map((item) => (
          <button
            key={item.id}
            type="button"
            className="view-nav-item"
            aria-current={view === item.id ? 'page' : undefined}
            onClick={() => onViewChange(item.id)}
          >
            {item.label}
          </button>
        ))}
      </nav>
      <div className="app-meta">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-keyshortcuts="Control+K Meta+K"
          onClick={onOpenPalette}
        >
          <span className="commands-label">Commands</span> <kbd>{isMac(appInfo) ? '⌘K' : 'Ctrl+K'}</kbd>
        </button>
        <button
          type="button"
          className="button button-secondary button-small presentation-switch"
          aria-pressed={presentationMode}
          aria-keyshortcuts="Control+Shift+P Meta+Shift+P"
          title={`Masks client ids, secrets, tokens and VAT numbers, enlarges type and hides History (${shortcut})`}
          onClick={onTogglePresentation}
        >
          Presentation mode
          <span className="presentation-switch-state" aria-hidden="true">
            {presentationMode ? 'On' : 'Off'} · {shortcut}
          </span>
        </button>
        {appInfo?.shell === 'preview' && <Badge text="Browser preview" tone="info" />}
        {appInfo && <span className="muted app-version">v{appInfo.version}</span>}
      </div>
    </header>
  );
}
