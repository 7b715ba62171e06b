// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelBoundary } from './panel-boundary';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let failing = true;

function Fragile() {
  if (failing) throw new Error('entries is not iterable');
  return <p>Fragile panel content</p>;
}

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount(count + 1)}>
      Clicked {count}
    </button>
  );
}

describe('PanelBoundary', () => {
  it('shows "This panel failed: …" in the failing panel only; the other panel keeps working; Reload panel mounts it again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing = true;
    render(
      <>
        <PanelBoundary name="Sidebar">
          <Fragile />
        </PanelBoundary>
        <PanelBoundary name="Request">
          <Counter />
        </PanelBoundary>
      </>,
    );
    expect(screen.getByRole('region', { name: 'Sidebar (failed)' }).textContent).toContain(
      'This panel failed: entries is not iterable',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeTruthy();

    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reload panel' }));
    expect(screen.getByText('Fragile panel content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeTruthy();
  });

  it('a dialog that throws says so in a dialog of its own; Close ends it', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing = true;
    const onClose = vi.fn();
    render(
      <PanelBoundary name="Dialog" onCloseDialog={onClose}>
        <Fragile />
      </PanelBoundary>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Dialog failed' });
    expect(dialog.textContent).toContain('This panel failed: entries is not iterable');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
