// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CredentialHygieneHint } from './credential-hygiene-hint';

afterEach(cleanup);
const ID = '0b7ebbc9-d801-4ba9-8bea-3953f4cae655';
const SECRET = 'Qw3+Er/Ty=Ui%Op';

describe('CredentialHygieneHint', () => {
  it.each([
    ['labelled lines', `client_id: ${ID}\nclient_secret: ${SECRET}`],
    ['JSON', JSON.stringify({ client_id: ID, client_secret: SECRET })],
    ['key=value', `CLIENT_ID=${ID}\nCLIENT_SECRET=${SECRET}`],
    ['two lines', `${ID}\n${SECRET}`],
  ])('offers to split a block pasted into Client ID (%s), without showing the secret', (_name, pasted) => {
    const onSplit = vi.fn();
    const { container } = render(<CredentialHygieneHint clientId={pasted} clientSecret="" onSplit={onSplit} />);
    const hint = screen.getByRole('status', { name: 'Credentials check' });
    expect(hint.textContent).toContain(`a client secret of ${SECRET.length} characters`);
    expect(container.innerHTML).not.toContain(SECRET);
    fireEvent.click(screen.getByRole('button', { name: 'Split into Client ID and Client secret' }));
    expect(onSplit).toHaveBeenCalledWith(ID, SECRET);
  });

  it.each([
    ['clientId', 'Client ID', `${ID.slice(0, 8)}\u200B${ID.slice(8)}`, /zero-width space \(U\+200B\) at position 9/],
    ['clientSecret', 'Client secret', `abc\u00A0def`, /U\+00A0/],
    ['clientSecret', 'Client secret', `abc\u00ADdef`, /soft hyphen/],
  ] as const)(
    'flags invisible characters in %s while typing and offers the cleaned value',
    (field, label, value, described) => {
      const onClean = vi.fn();
      const props = {
        clientId: field === 'clientId' ? value : ID,
        clientSecret: field === 'clientSecret' ? value : 'plain',
        onSplit: vi.fn(),
        onClean,
      };
      render(<CredentialHygieneHint {...props} />);
      expect(screen.getByRole('status', { name: 'Credentials check' }).textContent).toMatch(described);
      fireEvent.click(screen.getByRole('button', { name: `Remove from ${label}` }));
      expect(onClean).toHaveBeenCalledWith(field, value.replace(/[\u200B\u00AD]/g, '').replace('\u00A0', ' '));
    },
  );

  it('shows nothing for clean values', () => {
    render(<CredentialHygieneHint clientId={ID} clientSecret={SECRET} onSplit={vi.fn()} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
