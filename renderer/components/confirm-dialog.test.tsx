// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

afterEach(cleanup);

function open(onConfirm: () => Promise<string | undefined>) {
  const onCancel = vi.fn();
  render(
    <ConfirmDialog
      title="Clear history?"
      message="Every attempt is deleted."
      confirmLabel="Clear all"
      onConfirm={onConfirm}
      onCancel={onCancel}
      danger
    />,
  );
  const dialog = screen.getByRole('dialog', { name: 'Clear history?' });
  return { onCancel, confirm: within(dialog).getByRole('button', { name: 'Clear all' }) as HTMLButtonElement };
}

describe('ConfirmDialog', () => {
  it('starts on Cancel, so an accidental Enter deletes nothing', () => {
    const { confirm } = open(async () => undefined);
    expect(document.activeElement?.textContent).toBe('Cancel');
    expect(confirm).not.toBe(document.activeElement);
  });

  it('keeps focus on the confirm button while it works, and a second press does not run it twice', async () => {
    let finish: (problem?: string) => void = () => undefined;
    const onConfirm = vi.fn(() => new Promise<string | undefined>((resolve) => (finish = resolve)));
    const { confirm } = open(onConfirm);
    confirm.focus();
    fireEvent.click(confirm);
    expect(confirm.getAttribute('aria-busy')).toBe('true');
    expect(confirm.getAttribute('aria-disabled')).toBe('true');
    // Not `disabled`: that would drop focus to <body> while the action runs.
    expect(confirm.disabled).toBe(false);
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(1);

    await act(async () => finish('History could not be cleared: the disk is full.'));
    expect(screen.getByRole('alert').textContent).toBe('History could not be cleared: the disk is full.');
    expect(confirm.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(confirm);
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledTimes(2);
  });
});
