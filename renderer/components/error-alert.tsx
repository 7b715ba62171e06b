import type { ReactNode } from 'react';

interface ErrorAlertProps {
  title: string;
  message: string;
  onDismiss?: () => void;
  /** Extra actions, e.g. a retry button. */
  children?: ReactNode;
}

export function ErrorAlert({ title, message, onDismiss, children }: ErrorAlertProps) {
  return (
    <div className="alert" role="alert">
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
