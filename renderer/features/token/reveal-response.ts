/**
 * Takes the user to the Response panel: its heading gets focus (which scrolls it into view), so a screen reader
 * starts reading there. The heading is made focusable from script only, so Tab does not stop on it.
 */
export function revealResponse(): void {
  const heading = document.getElementById('response-heading');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
