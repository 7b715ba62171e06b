import { useId, useState } from 'react';
import type { ReactNode } from 'react';

interface HintProps {
  /** What the hint is about: the button is named "About <topic>". */
  topic: string;
  children: ReactNode;
}

/**
 * A "?" that shows a short explanation on demand (instead of a paragraph under every field). The text stays
 * in the page as the button's description, so a screen reader hears it without opening it; Escape closes it.
 */
export function Hint({ topic, children }: HintProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="hint">
      <button
        type="button"
        className="hint-button"
        aria-label={`About ${topic}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
        onBlur={() => setOpen(false)}
      >
        ?
      </button>
      <span id={id} role="tooltip" className="hint-bubble" hidden={!open}>
        {children}
      </span>
    </span>
  );
}
