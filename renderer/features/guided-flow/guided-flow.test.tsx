// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PosAttempt, TokenAttempt } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { tokenAttempt, unauthorizedAttempt } from '../../test-support/attempts';
import { fakeSettings } from '../../test-support/fake-settings';
import { renderApp, resetDocument } from '../../test-support/render-app';

beforeEach(resetDocument);
afterEach(() => {
  cleanup();
  resetDocument();
});

const TOKEN_HEAD_PAYLOAD = 'eyJhbGciOiJSUzI1NiJ9.eyJjbGllbnRfaWQiOiJkZW1vLWNsaWVudC0xIn0';

function posAttempt(durationMs = 18): PosAttempt {
  const body = '{"storeIds":["7f8e1a2b-0000-4000-8000-000000000001","7f8e1a2b-0000-4000-8000-000000000002"]}';
  return {
    id: 'pos-1',
    environment: { id: 'local', label: 'Local sandbox', production: false },
    exchange: {
      startedAt: new Date().toISOString(),
      durationMs,
      request: {
        method: 'GET',
        url: 'http://127.0.0.1:54321/pos/v10/stores',
        headers: [['Authorization', `Bearer ${TOKEN_HEAD_PAYLOAD}.<signature hidden>`]],
        body: '',
      },
      response: {
        status: 200,
        statusText: '',
        headers: [['content-type', 'application/json']],
        body,
        size: body.length,
        truncated: false,
      },
    },
    status: 200,
    json: JSON.parse(body) as unknown,
    tampered: [],
    findings: [],
  };
}

function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const steps = () => within(screen.getByRole('list', { name: 'The five steps' })).getAllByRole('listitem');
const stepText = (index: number) => steps()[index]?.textContent ?? '';
const current = () => steps().findIndex((step) => step.getAttribute('aria-current') === 'step');
/** Pauses auto-play (started by Run) so that only the test moves the stage, then steps to `index` with Next or Back. */
function stepTo(index: number) {
  const pause = screen.queryByRole('button', { name: 'Pause' });
  if (pause) fireEvent.click(pause);
  for (let guard = 0; current() !== index && guard < 5; guard++)
    fireEvent.click(screen.getByRole('button', { name: current() < index ? 'Next' : 'Back' }));
  expect(current()).toBe(index);
}
/** The bold line of a group's caption: "Token exchange (steps 1–3): 42 ms." */
const caption = (group: 'token' | 'pos') =>
  steps()[group === 'token' ? 0 : 3]?.querySelector('.flow-group-caption strong')?.textContent;

async function openGuidedFlow(handlers: Parameters<typeof renderApp>[0]) {
  const app = await renderApp({ ...fakeSettings().handlers, ...handlers });
  fireEvent.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', { name: 'Guided flow' }),
  );
  return app;
}

describe('guided flow', () => {
  it('runs the five steps with the demo client and no typing, lighting each as it happens, with timings', async () => {
    const token = deferred<IpcResult<TokenAttempt>>();
    const pos = deferred<IpcResult<PosAttempt>>();
    const attempt = {
      ...tokenAttempt(Date.now(), { id: 'flow-1' }),
      exchange: { ...tokenAttempt(Date.now()).exchange, durationMs: 42 },
    };
    const { api } = await openGuidedFlow({ 'token:request': () => token.promise, 'pos:call': () => pos.promise });
    expect(steps()).toHaveLength(5);
    expect(stepText(0)).toContain('Not started');
    expect(
      steps()
        .slice(1)
        .every((step) => step.textContent?.includes('Still to come.')),
    ).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(stepText(0)).toContain('In progress'));
    expect(current()).toBe(0);
    expect(api.callsTo('token:request')).toEqual([
      {
        environment: 'local',
        clientId: 'demo-client-1',
        clientSecret: 'demo-secret-one',
        merchantVat: 'DK13585628',
        basicEncoding: 'form',
        sendIbmClientId: false,
      },
    ]);

    token.resolve({ ok: true, value: attempt });
    await waitFor(() => expect(stepText(0)).toContain('42 ms for the whole token exchange (steps 1–3)'));
    // Steps still to come keep their news for when they are on the stage.
    expect(stepText(3)).not.toContain('In progress');
    stepTo(1);
    expect(stepText(1)).toContain('Within the 42 ms token exchange; not timed separately');
    stepTo(2);
    expect(stepText(2)).toContain('Done: access_token received');
    stepTo(3);
    expect(stepText(3)).toContain('In progress: calling the PoS V10 API');
    expect(api.callsTo('pos:call')).toEqual([{ attemptId: 'flow-1', resource: 'stores' }]);

    pos.resolve({ ok: true, value: posAttempt(18) });
    await waitFor(() => expect(stepText(3)).toContain('18 ms for the whole PoS call (steps 4–5)'));
    stepTo(4);
    expect(stepText(4)).toContain('Done: 200 — 2 stores');
    expect(stepText(4)).toContain('Within the 18 ms PoS call');
    // Every step is done, said in words and marked by a symbol, not by colour alone.
    expect(steps().map((step) => step.className)).toEqual(Array(5).fill(expect.stringContaining('flow-step-done')));
    expect(screen.getByText(/^Done: all five steps in 60 ms/)).toBeTruthy();
  });

  it('says "Running…" and which exchange is in progress while it runs, and "Run the flow again" only after a run', async () => {
    const token = deferred<IpcResult<TokenAttempt>>();
    const pos = deferred<IpcResult<PosAttempt>>();
    const attempt = {
      ...tokenAttempt(Date.now(), { id: 'flow-4' }),
      exchange: { ...tokenAttempt(Date.now()).exchange, durationMs: 42 },
    };
    const { api } = await openGuidedFlow({ 'token:request': () => token.promise, 'pos:call': () => pos.promise });
    expect(caption('token')).toBe('Token exchange (steps 1–3): not run yet.');
    const button = screen.getByRole('button', { name: 'Run the flow' }) as HTMLButtonElement;
    button.focus();
    fireEvent.click(button);

    await waitFor(() => expect(stepText(0)).toContain('In progress'));
    expect(button.textContent).toBe('Running…');
    expect(caption('token')).toBe('Token exchange (steps 1–3): in progress…');
    expect(caption('pos')).toBe('PoS call (steps 4–5): waiting for the token.');
    // Busy: aria-disabled rather than disabled (it stays reachable), and a second press starts nothing. The focus went
    // to the stage, whose keys step and pause it.
    const stage = screen.getByRole('region', { name: /^Guided flow/ });
    expect(button.disabled).toBe(false);
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(stage);
    fireEvent.click(button);
    expect(api.callsTo('sandbox:demo-clients')).toHaveLength(1);

    token.resolve({ ok: true, value: attempt });
    await waitFor(() => expect(caption('pos')).toBe('PoS call (steps 4–5): in progress…'));
    expect(caption('token')).toBe('Token exchange (steps 1–3): 42 ms.');
    expect(button.textContent).toBe('Running…');

    pos.resolve({ ok: true, value: posAttempt(18) });
    await waitFor(() => expect(button.textContent).toBe('Run the flow again'));
    expect(caption('pos')).toBe('PoS call (steps 4–5): 18 ms.');
    expect(button.getAttribute('aria-disabled')).toBeNull();
    expect(document.activeElement).toBe(stage);
  });

  it('says the token exchange did not complete, and the PoS call was not reached, when token:request fails', async () => {
    await openGuidedFlow({ 'token:request': () => ({ ok: false, error: { code: 'INTERNAL', message: 'Broken.' } }) });
    fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    expect(caption('token')).toBe('Token exchange (steps 1–3): did not complete.');
    expect(caption('pos')).toBe('PoS call (steps 4–5): not reached.');
  });

  it('"Show in viewer" opens that step\'s exchange in the viewer, with the token decoded', async () => {
    const { api } = await openGuidedFlow({
      'token:request': () => ({ ok: true, value: tokenAttempt(Date.now(), { id: 'flow-2' }) }),
      'pos:call': () => ({ ok: true, value: posAttempt() }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    const viewer = () => screen.getByRole('region', { name: /^Viewer/ });

    stepTo(3);
    fireEvent.click(screen.getByRole('button', { name: 'Show in viewer: step 4, the PoS call' }));
    expect(viewer().textContent).toContain('GET http://127.0.0.1:54321/pos/v10/stores');
    expect(document.activeElement?.id).toBe('flow-viewer-heading');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Show in viewer: step 2, the token exchange' }));
    expect(viewer().textContent).toContain('POST http://127.0.0.1:54321/integrator-authentication/connect/token');
    expect(within(viewer()).getByRole('tablist', { name: 'Exchange details' })).toBeTruthy();
    // The token decoded, not only masked raw JSON: header and claims with their meanings, and the signature checked.
    const decoded = within(viewer()).getByRole('region', { name: 'The access_token, decoded' });
    expect(within(decoded).getByRole('table', { name: 'Claims' }).textContent).toContain('client_id');
    expect(within(decoded).getByRole('table', { name: 'Header' }).textContent).toContain('alg');
    // What the token says comes first; its long encoded form follows the claims.
    const claims = within(decoded).getByRole('table', { name: 'Claims' });
    const encoded = within(decoded).getByLabelText('Token (signature hidden)');
    expect(claims.compareDocumentPosition(encoded) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await waitFor(() => expect(decoded.textContent).toContain('Signature valid'));
    expect(api.callsTo('token:verify')).toEqual([{ attemptId: 'flow-2' }]);
  });

  it('stops at step 2 when the server refuses the credentials, and says so', async () => {
    const { api } = await openGuidedFlow({
      'token:request': () => ({ ok: true, value: unauthorizedAttempt(Date.now()) }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    stepTo(1);
    expect(stepText(1)).toContain('Rejected: HTTP 401');
    expect(steps()[1]?.className).toContain('flow-step-failed');
    stepTo(4);
    expect(stepText(2)).toContain('Not reached');
    expect(stepText(4)).toContain('Not reached');
    expect(api.callsTo('pos:call')).toHaveLength(0);
  });

  it('says a 5xx never checked the credentials, and why (the first finding), instead of "Rejected"', async () => {
    const cause = "The local sandbox's Server error fault switch is on (503 with an HTML body).";
    const attempt = {
      ...unauthorizedAttempt(Date.now()),
      findings: [
        {
          id: 'token-server-error',
          severity: 'error',
          certainty: 'certain',
          cause,
          evidence: [],
          nextStep: 'Reset faults.',
        },
      ],
    } as TokenAttempt;
    attempt.exchange = {
      ...attempt.exchange,
      response: { ...attempt.exchange.response!, status: 503, statusText: 'Service Unavailable' },
    };
    await openGuidedFlow({ 'token:request': () => ({ ok: true, value: attempt }) });
    fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    stepTo(2);
    expect(stepText(1)).toContain('Not checked: HTTP 503 from the server.');
    expect(stepText(1)).toContain('Server error fault switch is on');
    expect(stepText(1)).not.toContain('Rejected');
    expect(stepText(2)).toContain('Not reached');
  });

  it('masks the demo client id, the VAT and the token in presentation mode', async () => {
    const attempt = tokenAttempt(Date.now(), { id: 'flow-3' });
    attempt.token = { ...attempt.token!, redacted: `${TOKEN_HEAD_PAYLOAD}.<signature hidden>` };
    const { root } = await renderApp({
      ...fakeSettings({ presentationMode: true }).handlers,
      'token:request': () => ({ ok: true, value: attempt }),
      'pos:call': () => ({ ok: true, value: posAttempt() }),
    });
    fireEvent.click(screen.getByRole('button', { name: 'Guided flow' }));
    fireEvent.click(screen.getByRole('button', { name: 'Run the flow' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Run the flow again' })).toBeTruthy());
    stepTo(4);
    expect(stepText(4)).toContain('Done: 200');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.click(screen.getByRole('button', { name: /^Show in viewer: step 3/ }));
    const html = root.innerHTML;
    expect(html).not.toContain('demo-client-1');
    expect(html).not.toContain('DK13585628');
    expect(html).not.toContain(TOKEN_HEAD_PAYLOAD);
    stepTo(0);
    expect(stepText(0)).toContain('dem••••••-1');
  });
});

describe('the console shortcut while the guided flow shows', () => {
  it('sends nothing with Ctrl+Enter while the console is hidden, and sends again once it is back', async () => {
    const { api } = await renderApp({
      ...fakeSettings({ welcomeSeen: true }).handlers,
      'token:request': () => ({ ok: true, value: tokenAttempt(Date.now()) }),
    });
    fireEvent.change(screen.getByLabelText('Client ID', { selector: 'input' }), { target: { value: 'demo-client-1' } });
    fireEvent.change(screen.getByLabelText('Client secret', { selector: 'input' }), {
      target: { value: 'typed-secret' },
    });
    const views = within(screen.getByRole('navigation', { name: 'Views' }));
    fireEvent.click(views.getByRole('button', { name: 'Guided flow' }));
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    expect(api.callsTo('token:request')).toHaveLength(0);
    fireEvent.click(views.getByRole('button', { name: 'Console' }));
    fireEvent.keyDown(document.body, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(api.callsTo('token:request')).toHaveLength(1));
  });
});
