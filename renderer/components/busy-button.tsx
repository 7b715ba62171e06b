import type { ButtonHTMLAttributes } from 'react';

interface BusyButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'aria-busy' | 'aria-disabled'> {
  type: 'button' | 'submit';
  /** The action this button started is running. */
  busy: boolean;
}

/**
 * A button that stays focusable while its action runs: aria-disabled and aria-busy instead of `disabled`, which would
 * drop keyboard focus to <body> mid-request and leave a screen reader user nowhere. While busy a click (and the
 * submit a submit button would cause) is swallowed. `disabled` still means "cannot be used yet" (a blocked form).
 */
export function BusyButton({ busy, disabled, onClick, children, ...rest }: BusyButtonProps) {
  return (
    <button
      {...rest}
      disabled={disabled === true && !busy}
      aria-disabled={busy || undefined}
      aria-busy={busy}
      onClick={busy ? (event) => event.preventDefault() : onClick}
    >
      {children}
    </button>
  );
}
