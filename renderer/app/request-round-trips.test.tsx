// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { tokenAttempt } from '../test-support/attempts';
import { fakeHistory } from '../test-support/fake-history';
import { formInput, renderConsole } from '../test-support/render-console';

afterEach(cleanup);

const historyRows = () => within(screen.getByRole('region', { name: 'History' })).queryAllByRole('listitem');

describe('one click on Request token', () => {
  it('costs exactly token:request and token:verify (no History re-read), and History lists the new attempt', async () => {
    const history = fakeHistory();
    const { api } = await renderConsole({
      ...history.handlers,
      ...history.recordingRequests(() => tokenAttempt(Date.now(), { id: 'fresh-1' })),
    });
    expect(historyRows()).toHaveLength(0);
    const before = api.calls.length;
    fireEvent.change(formInput('Client ID'), { target: { value: 'my-client' } });
    fireEvent.change(formInput('Client secret'), { target: { value: 'my-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Request token' }));

    await waitFor(() => expect(historyRows()).toHaveLength(1));
    await waitFor(() => expect(api.callsTo('token:verify')).toHaveLength(1));
    expect(api.calls.slice(before).map((call) => call.channel)).toEqual(['token:request', 'token:verify']);
    expect(historyRows()[0]?.textContent).toContain('200 OK');
  });
});
