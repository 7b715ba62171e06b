/** Focus went down with a removed element (or a closed dialog's opener): nothing the user chose holds it. */
export function focusWasLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/** Takes focus to the first field in `root` that says it is wrong (aria-invalid); its message is its description. */
export function focusFirstInvalid(root: HTMLElement | null): void {
  root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
