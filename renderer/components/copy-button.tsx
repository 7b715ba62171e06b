import { useEffect, useState } from 'react';
import { usePresentation } from '../lib/presentation';
import { copyText } from '../lib/clipboard';

interface CopyButtonProps {
  /** The text to copy; never a secret or a usable token (those go through main). Masked in presentation mode. */
  text: string;
  /** The button's visible text and accessible name, e.g. "Copy raw response". */
  label: string;
}

const CONFIRMATION_MS = 4000;

/** Copies to the clipboard and says so (or why not) in a polite status next to the button. */
export function CopyButton({ text, label }: CopyButtonProps) {
  const [result, setResult] = useState<{ ok: boolean; text: string }>();
  const { maskText } = usePresentation();

  useEffect(() => {
    if (!result?.ok) return;
    const timer = setTimeout(() => setResult(undefined), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [result]);

  async function copy() {
    const outcome = await copyText(maskText(text));
    setResult(outcome.ok ? { ok: true, text: 'Copied.' } : { ok: false, text: outcome.message });
  }

  return (
    <span className="copy-control">
      <button type="button" className="button button-ghost button-small" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className={`copy-result${result && !result.ok ? ' copy-result-error' : ''}`}>
        {result?.text}
      </span>
    </span>
  );
}
