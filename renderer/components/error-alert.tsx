import type { ReactNode } from 'react';

interface ErrorAlertProps {
  title: string;
  message: string;
  onDismiss?: () => void;
  /** Extra actions, e.g. a retry button. */
  children?: ReactNode;
  /** danger for failures (default); warning for things the user should know, like a file moved aside. */
  tone?: 'danger' | 'warning';
}

export function ErrorAlert({ title, message, onDismiss, children, tone = 'danger' }: ErrorAlertProps) {
  return (
    <div className={`alert${tone === 'warning' ? ' alert-warning' : ''}`} role="alert">
      <div className="alert-text">
        <strong className="alert-title">{title}</strong>
        <span>{message}</span>
      </div>
      <div className="alert-actions">
        {children}
        {onDismiss && (
          <button type="button" className="button button-ghost" onClick={onDismiss}>
            Dismiss
          </button>
        )}
      </div>
    </div>
  );
}
