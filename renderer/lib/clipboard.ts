/**
 * Copies text the page may hold anyway (redacted exchanges, code snippets). Secrets and usable tokens never come
 * here: those are copied by main (token:copy, profiles:copy-secret), which also clears the clipboard afterwards.
 */
export type CopyOutcome = { ok: true } | { ok: false; message: string };

export const CLIPBOARD_UNAVAILABLE =
  'The clipboard is not available here: select the text and copy it with Ctrl+C (⌘C on a Mac).';

/** The older path for windows where the async Clipboard API is refused (e.g. a denied permission). */
function copyWithSelection(text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  const previous = doc.activeElement instanceof HTMLElement ? doc.activeElement : null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'clipboard-buffer';
  doc.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  previous?.focus();
  return copied;
}

export async function copyText(
  text: string,
  nav: Navigator = navigator,
  doc: Document = document,
): Promise<CopyOutcome> {
  try {
    if (nav.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return { ok: true };
    }
  } catch {
    // refused or not focused: try the selection path below
  }
  return copyWithSelection(text, doc) ? { ok: true } : { ok: false, message: CLIPBOARD_UNAVAILABLE };
}
