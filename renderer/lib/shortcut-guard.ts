/**
 * Whether a page-wide shortcut must stay quiet: a modal dialog is open (what is behind it is inert, so a shortcut
 * must not act there either), or the element it would act on is hidden (another view is showing).
 */
export function shortcutBlocked(target?: Element | null): boolean {
  if (document.querySelector('dialog[open]')) return true;
  return Boolean(target?.closest('[hidden]'));
}
