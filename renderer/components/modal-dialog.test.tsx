// @vitest-environment happy-dom
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DialogCancelButton, ModalDialog } from './modal-dialog';

afterEach(cleanup);

/** A dialog with one field; dirty once the field differs from where it started. */
function NoteDialog({ onClose }: { onClose: () => void }) {
  const [note, setNote] = useState('');
  return (
    <ModalDialog title="Add note" onClose={onClose} isDirty={note !== ''}>
      <label htmlFor="note">Note</label>
      <input id="note" value={note} onChange={(event) => setNote(event.target.value)} data-autofocus />
      <DialogCancelButton />
    </ModalDialog>
  );
}

function open() {
  const onClose = vi.fn();
  render(<NoteDialog onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Add note' });
  const note = within(dialog).getByLabelText('Note') as HTMLInputElement;
  return { onClose, dialog, note };
}

const question = () => screen.queryByRole('alertdialog', { name: 'Discard your changes?' });

describe('ModalDialog with unsaved changes', () => {
  it('closes a pristine dialog at once, by Escape or by Cancel', () => {
    const { onClose, dialog } = open();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(question()).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(question()).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('asks on Escape, with Keep editing focused, and Keep editing keeps the value and the focus', () => {
    const { onClose, dialog, note } = open();
    note.focus();
    fireEvent.change(note, { target: { value: 'half a thought' } });
    fireEvent.keyDown(note, { key: 'Escape' });
    const ask = question();
    expect(ask).not.toBeNull();
    expect(ask?.getAttribute('aria-modal')).toBe('true');
    expect(ask?.textContent).toContain('“Add note” has not been saved');
    expect(ask?.textContent).not.toContain('half a thought');
    expect(document.activeElement).toBe(within(ask as HTMLElement).getByRole('button', { name: 'Keep editing' }));
    fireEvent.click(within(ask as HTMLElement).getByRole('button', { name: 'Keep editing' }));
    expect(question()).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog', { name: 'Add note' })).toBe(dialog);
    expect(note.value).toBe('half a thought');
    expect(document.activeElement).toBe(note);
  });

  it('treats Escape in the question as Keep editing, and does not let it reach the dialog beneath', () => {
    const { onClose, note } = open();
    fireEvent.change(note, { target: { value: 'x' } });
    fireEvent.keyDown(note, { key: 'Escape' });
    fireEvent.keyDown(question() as HTMLElement, { key: 'Escape' });
    expect(question()).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(note.value).toBe('x');
  });

  it('asks on Cancel too, and Discard closes', () => {
    const { onClose, dialog, note } = open();
    fireEvent.change(note, { target: { value: 'x' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(question() as HTMLElement).getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes at once again once the field is back where it started', () => {
    const { onClose, dialog, note } = open();
    fireEvent.change(note, { target: { value: 'x' } });
    fireEvent.change(note, { target: { value: '' } });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(question()).toBeNull();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
