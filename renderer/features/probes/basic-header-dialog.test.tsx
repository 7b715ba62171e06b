// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BASIC_REPORT } from '../../test-support/diagnosis-fixtures';
import { renderConsole } from '../../test-support/render-console';

afterEach(cleanup);

const PASTED = 'Authorization: Basic ZGVtby1jbGllbnQtMTpkZW1vLXNlY3JldC1vbmU=';

async function openAndDecode(handlers: Parameters<typeof renderConsole>[0]) {
  const rendered = await renderConsole(handlers);
  fireEvent.click(screen.getByRole('button', { name: 'Decode a Basic header…' }));
  const dialog = screen.getByRole('dialog', { name: 'Decode a Basic header' });
  const field = within(dialog).getByRole('textbox', { name: 'Authorization header' });
  fireEvent.change(field, { target: { value: PASTED } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Decode' }));
  return { ...rendered, dialog, field };
}

describe('Basic header decoder', () => {
  it('sends the pasted text to main and shows the report: id with invisibles named, fingerprint, never the secret', async () => {
    const { api, dialog } = await openAndDecode({ 'probe:decode-basic': () => ({ ok: true, value: BASIC_REPORT }) });
    await within(dialog).findByText('Problems');
    expect(api.callsTo('probe:decode-basic')).toEqual([{ text: PASTED }]);
    const text = dialog.textContent ?? '';
    expect(text).toContain('demo-client-1⟨ZWSP⟩');
    expect(text).toContain('fingerprint sha256:1a2b3c4d…, 43 characters');
    expect(text).toMatch(/Encoding\s*Looks form-encoded: Yes/);
    expect(text).toContain('secret fingerprint sha256:99aa88bb…, 41 characters');
    expect(text).toContain('Yes: Shop sandbox (after form-decoding)');
    expect(text).toContain('zero-width space (U+200B) at position 14');
  });

  it('keeps the pasted header out of the markup and masks it until asked', async () => {
    const { root, field, dialog } = await openAndDecode({
      'probe:decode-basic': () => ({ ok: true, value: BASIC_REPORT }),
    });
    await within(dialog).findByText('Problems');
    expect((field as HTMLTextAreaElement).value).toBe(PASTED);
    expect(document.body.innerHTML.includes('ZGVtby1jbGllbnQtMTpkZW1vLXNlY3JldC1vbmU')).toBe(false);
    expect(root.innerHTML.includes('demo-secret-one')).toBe(false);
    expect(field.className).toContain('masked-text');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Show pasted text' }));
    expect(field.className).not.toContain('masked-text');
  });

  it('says so when nothing matches and there are no problems, and shows an IPC error', async () => {
    const clean = {
      ...BASIC_REPORT,
      clientId: 'plain',
      formDecoded: undefined,
      problems: [],
      matchesProfile: undefined,
      looksFormEncoded: false,
    };
    const { dialog } = await openAndDecode({ 'probe:decode-basic': () => ({ ok: true, value: clean }) });
    await within(dialog).findByText('No problems found.');
    expect(dialog.textContent).toContain('No saved profile has this client id and secret.');
    cleanup();
    const failed = await openAndDecode({
      'probe:decode-basic': () => ({ ok: false, error: { code: 'INVALID_INPUT', message: 'Too long.' } }),
    });
    expect((await within(failed.dialog).findByRole('alert')).textContent).toContain('Too long.');
  });

  it('with nothing decoded, says so instead of answering encoding and profile questions about credentials that are not there', async () => {
    const nothing = {
      ...BASIC_REPORT,
      clientId: undefined,
      secret: undefined,
      formDecoded: undefined,
      matchesProfile: undefined,
      looksFormEncoded: false,
      problems: ['The value after "Basic" is not Base64.'],
    };
    const { dialog } = await openAndDecode({ 'probe:decode-basic': () => ({ ok: true, value: nothing }) });
    await within(dialog).findByText('Problems');
    const text = dialog.textContent ?? '';
    expect(text).toMatch(/Decoded\s*Nothing: no client id and secret could be read from it/);
    expect(text).toContain('is not Base64');
    expect(text).not.toContain('Looks form-encoded');
    expect(text).not.toContain('No saved profile has this client id and secret.');
  });
});
