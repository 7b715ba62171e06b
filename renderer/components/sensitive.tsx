import { useEffect, useLayoutEffect, useState } from 'react';
import type { MaskKind } from '../../shared/domain/mask';
import { usePresentation } from '../lib/presentation';

export const REVEAL_MS = 5000;

interface SensitiveProps {
  kind: MaskKind;
  value: string;
  /** What the value is, for screen readers: "Client ID", "Merchant VAT", "Access token"… */
  label: string;
  className?: string;
  /** False inside another control (a button, an option): the mask is shown but cannot be revealed there. */
  revealable?: boolean;
}

/**
 * A client id, VAT, token or fingerprint as text. In presentation mode it is partially masked; a click (or Enter)
 * shows that one value for five seconds, then masks it again. Outside presentation mode it is the plain value.
 */
export function Sensitive({ kind, value, label, className, revealable = true }: SensitiveProps) {
  const { on, mask, remember, announce } = usePresentation();
  const [revealed, setRevealed] = useState(false);

  useLayoutEffect(() => remember([{ kind, value }]), [kind, value, remember]);

  useEffect(() => {
    if (!revealed) return;
    const timer = setTimeout(() => {
      setRevealed(false);
      announce(`${label} masked again.`);
    }, REVEAL_MS);
    return () => clearTimeout(timer);
  }, [revealed, label, announce]);

  if (!on) return className ? <span className={className}>{value}</span> : <>{value}</>;
  const masked = mask(kind, value);
  if (!revealable || masked === value)
    return <span className={`sensitive-masked${className ? ` ${className}` : ''}`}>{masked}</span>;

  function toggle() {
    const next = !revealed;
    setRevealed(next);
    announce(next ? `${label} shown for ${REVEAL_MS / 1000} seconds.` : `${label} masked again.`);
  }

  return (
    <button
      type="button"
      className={`sensitive${revealed ? ' sensitive-revealed' : ''}${className ? ` ${className}` : ''}`}
      title={
        revealed
          ? `Shown for ${REVEAL_MS / 1000} seconds; click to mask it now`
          : `Masked in presentation mode; click to show it for ${REVEAL_MS / 1000} seconds`
      }
      onClick={toggle}
    >
      <span className="visually-hidden">{`${label}${revealed ? '' : ' (masked)'}: `}</span>
      {revealed ? value : masked}
    </button>
  );
}

/** Free text (a server message, a finding) with known values, tokens and VATs masked in presentation mode. */
export function MaskedText({ text }: { text: string }) {
  const { maskText } = usePresentation();
  return <>{maskText(text)}</>;
}
