import { useState } from 'react';
import { BasicHeaderDialog } from './basic-header-dialog';

/** The "Decode a Basic header…" tool: a button and, while open, its dialog. */
export function DecodeBasicTool() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
        Decode a Basic header…
      </button>
      {open && <BasicHeaderDialog onClose={() => setOpen(false)} />}
    </>
  );
}
