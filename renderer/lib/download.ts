/** How long the Blob URL lives after the click: Chromium resolves it asynchronously, so not revoked at once. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves text as a file through a same-document Blob URL and an <a download>: no network and nothing the CSP
 * forbids. Only for data that may be saved (a profiles backup holds no secret).
 */
export function downloadText(
  text: string,
  fileName: string,
  type = 'application/json',
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
