// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../test-support/fake-api';
import { fakeSettings } from '../../test-support/fake-settings';
import { PresentationProvider } from '../presentation/presentation-provider';
import { createPresentationStore } from '../presentation/use-presentation-store';
import type { DiffSection } from './attempt-diff';
import { DiffTable } from './diff-table';

afterEach(cleanup);

const VAT = 'DK13585628';
const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiJkZW1vLWludGVncmF0b3IifQ';
const SECTION: DiffSection = {
  id: 'claims',
  title: 'Claims',
  rows: [
    { label: 'merchant_vat', left: VAT, right: undefined, differs: true },
    { label: 'Response body', left: `{"access_token":"${TOKEN}.<signature hidden>"}`, right: '{}', differs: true },
  ],
};

async function renderTable(presentationMode: boolean) {
  const store = createPresentationStore(createFakeApi(fakeSettings({ presentationMode }).handlers));
  await store.getState().load();
  render(
    <PresentationProvider store={store}>
      <DiffTable section={SECTION} leftTitle="A" rightTitle="B" onlyDifferences={false} />
    </PresentationProvider>,
  );
  return screen.getByRole('table', { name: /^Claims/ });
}

describe('DiffTable', () => {
  it('masks VATs and tokens in its cells in presentation mode', async () => {
    const table = await renderTable(true);
    expect(table.textContent).toContain('DK••••••28');
    expect(table.textContent).toContain('eyJhbGciOi…');
    expect(table.innerHTML.includes(VAT)).toBe(false);
    expect(table.innerHTML.includes(TOKEN)).toBe(false);
  });

  it('shows the values as they are otherwise', async () => {
    const table = await renderTable(false);
    expect(table.textContent).toContain(VAT);
    expect(table.textContent).toContain(TOKEN);
  });
});
