import { useState } from 'react';
import { usePresentation } from '../lib/presentation';
import { useUnmirroredValue } from './use-unmirrored-value';

interface PastedSecretFieldProps {
  id: string;
  label: string;
  /** What the show/hide button names: "Show pasted token". */
  noun: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}

/**
 * A text area for pasting something as sensitive as a secret (a token, a Basic header, a credentials block): shown
 * as dots until the user asks, dots whatever they ask in presentation mode, and never written into the markup.
 * It takes the dialog's first focus.
 */
export function PastedSecretField({ id, label, noun, rows, value, onChange, placeholder }: PastedSecretFieldProps) {
  const [masked, setMasked] = useState(true);
  const ref = useUnmirroredValue<HTMLTextAreaElement>(value);
  const { on: presenting } = usePresentation();
  const hidden = masked || presenting;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        className={`input textarea${hidden ? ' masked-text' : ''}`}
        rows={rows}
        ref={ref}
        spellCheck={false}
        autoComplete="off"
        data-autofocus
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className="field-row">
        <button
          type="button"
          className="button button-ghost button-small"
          aria-pressed={!hidden}
          disabled={presenting}
          onClick={() => setMasked((m) => !m)}
        >
          {hidden ? `Show ${noun}` : `Hide ${noun}`}
        </button>
      </div>
    </div>
  );
}
