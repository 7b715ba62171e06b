import { expect } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Workbench } from '../app/workbench';
import { ApiProvider } from '../lib/api-context';
import { createFakeApi } from './fake-api';
import type { FakeApi, FakeHandlers } from './fake-api';

/** Renders the whole console against a fake api and waits for data-app-ready, as the e2e tests do. */
export async function renderConsole(handlers: FakeHandlers = {}): Promise<{ api: FakeApi; root: HTMLElement }> {
  const api = createFakeApi(handlers);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  render(
    <ApiProvider api={api}>
      <Workbench />
    </ApiProvider>,
    { container: root },
  );
  await waitFor(() => expect(root.getAttribute('data-app-ready')).toBe('true'));
  return { api, root };
}

/** The token form's inputs by label; the profile dialogs have their own (query those within the dialog). */
export const formInput = (name: string) => screen.getByLabelText(name, { selector: 'input' }) as HTMLInputElement;

/** Picks a tab of the result pane (Response, Token, PoS, Exports): only the selected one is shown. */
export function showResultTab(name: 'Response' | 'Token' | 'PoS' | 'Exports'): void {
  fireEvent.click(screen.getByRole('tab', { name }));
}
