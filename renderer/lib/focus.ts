/** Focus went down with a removed element (or a closed dialog's opener): nothing the user chose holds it. */
export function focusWasLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}
