/** Tests wait on this attribute instead of sleeping: it is set once the first IPC round trip has finished. */
export function markAppReady(doc: Document = document): void {
  doc.getElementById('root')?.setAttribute('data-app-ready', 'true');
}
