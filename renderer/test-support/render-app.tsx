import { expect } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { App } from '../app/app';
import { ApiProvider } from '../lib/api-context';
import { createFakeApi } from './fake-api';
import type { FakeApi, FakeHandlers } from './fake-api';

/** Renders the whole app (header, views, welcome) against a fake api and waits for data-app-ready. */
export async function renderApp(
  handlers: FakeHandlers = {},
): Promise<{ api: FakeApi; root: HTMLElement; unmount: () => void }> {
  const api = createFakeApi(handlers);
  const root = document.createElement('div');
  root.id = 'root';
  document.body.append(root);
  const view = render(
    <ApiProvider api={api}>
      <App />
    </ApiProvider>,
    { container: root },
  );
  await waitFor(() => expect(root.getAttribute('data-app-ready')).toBe('true'));
  return { api, root, unmount: view.unmount };
}

/** Leaves the document as a fresh page has it: the title and root class presentation mode changes. */
export function resetDocument(): void {
  document.title = 'Integrator Console';
  document.documentElement.className = '';
  document.body.innerHTML = '';
}
