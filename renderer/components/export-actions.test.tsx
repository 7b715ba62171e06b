// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../lib/api-context';
import { successAttempt } from '../test-support/attempts';
import { createFakeApi } from '../test-support/fake-api';
import type { FakeHandlers } from '../test-support/fake-api';
import { formInput, renderConsole, showResultTab } from '../test-support/render-console';
import { ExportActions } from './export-actions';
import type { ExportSinks } from './use-exports-store';

afterEach(cleanup);

const HAR = '{"log":{"version":"1.2","entries":[]}}';
const exporting: FakeHandlers = {
  'export:har': ({ scope }) => ({
    ok: true,
    value: { json: HAR, fileName: scope === 'run' ? 'run.har' : 'attempt.har' },
  }),
  'export:support-text': ({ attemptId }) => ({ ok: true, value: { text: `Support text for ${attemptId}` } }),
};

function renderActions(handlers: FakeHandlers, sinks: ExportSinks, withRun = true) {
  const api = createFakeApi(handlers);
  render(
    <ApiProvider api={api}>
      <ExportActions attemptId="attempt-200" withRun={withRun} sinks={sinks} />
    </ApiProvider>,
  );
  return api;
}

function sinks(copied: Awaited<ReturnType<ExportSinks['copy']>> = { ok: true }) {
  return { download: vi.fn<ExportSinks['download']>(), copy: vi.fn<ExportSinks['copy']>(async () => copied) };
}

describe('Exports', () => {
  it("Export HAR saves this attempt's HAR under main's file name, and says so", async () => {
    const out = sinks();
    const api = renderActions(exporting, out);
    fireEvent.click(screen.getByRole('button', { name: 'Export HAR' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved attempt.har'));
    expect(api.callsTo('export:har')).toEqual([{ scope: 'attempt', attemptId: 'attempt-200' }]);
    expect(out.download).toHaveBeenCalledWith(HAR, 'attempt.har');
  });

  it('Export run as HAR saves everything this run did', async () => {
    const out = sinks();
    const api = renderActions(exporting, out);
    fireEvent.click(screen.getByRole('button', { name: 'Export run as HAR' }));
    await waitFor(() => expect(out.download).toHaveBeenCalledWith(HAR, 'run.har'));
    expect(api.callsTo('export:har')).toEqual([{ scope: 'run' }]);
  });

  it("Copy for support puts main's text on the clipboard and confirms; a refused clipboard says what to do", async () => {
    const out = sinks();
    renderActions(exporting, out);
    fireEvent.click(screen.getByRole('button', { name: 'Copy for support' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Copied for support: paste it into the ticket.'),
    );
    expect(out.copy).toHaveBeenCalledWith('Support text for attempt-200');
    cleanup();
    renderActions(exporting, sinks({ ok: false, message: 'The clipboard is not available here.' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy for support' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('The clipboard is not available here.'));
  });

  it('shows an IPC error instead of saving anything', async () => {
    const out = sinks();
    renderActions(
      {
        'export:har': () => ({
          ok: false,
          error: { code: 'NOT_FOUND', message: 'This attempt is no longer available.' },
        }),
      },
      out,
      false,
    );
    expect(screen.queryByRole('button', { name: 'Export run as HAR' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Export HAR' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('This attempt is no longer available.'));
    expect(out.download).not.toHaveBeenCalled();
  });

  it('sits under the response once there is an attempt', async () => {
    await renderConsole({ ...exporting, 'token:request': () => ({ ok: true, value: successAttempt(Date.now()) }) });
    expect(screen.queryByRole('group', { name: 'Export' })).toBeNull();
    fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
    fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));
    showResultTab('Exports');
    expect(await screen.findByRole('group', { name: 'Export' })).toBeTruthy();
  });
});
