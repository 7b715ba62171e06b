// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP_CHANNELS, type BootstrapAnswer } from '../../shared/ipc/contract';
import { App } from './app';
import { createFakeApi } from '../test-support/fake-api';
import { tokenAttempt } from '../test-support/attempts';
import { fakeHistory } from '../test-support/fake-history';
import { fakeProfiles, profileFixture } from '../test-support/fake-profiles';
import { fakeSettings } from '../test-support/fake-settings';
import { resetDocument } from '../test-support/render-app';
import { ApiProvider } from '../lib/api-context';
import { bootstrapSettled, withBootstrap } from '../lib/bootstrap-api';

afterEach(() => {
  cleanup();
  resetDocument();
});

/** A fake main whose app:bootstrap answers each start-up channel as that channel's own handler would. */
function startedApi() {
  const profiles = fakeProfiles({
    profiles: [profileFixture('shop', { name: 'Shop', clientId: 'shop-client' })],
    selectedId: 'shop',
  });
  // A History with a merchant VAT in it: the VAT picker's recent list comes from the same answer.
  const history = fakeHistory([tokenAttempt(Date.now(), { merchantVat: 'DK13585628' })]);
  const handlers = { ...fakeSettings().handlers, ...profiles.handlers, ...history.handlers };
  const inner = createFakeApi(handlers);
  const fake = createFakeApi({
    ...handlers,
    'app:bootstrap': async () => {
      const answers = Object.fromEntries(
        await Promise.all(BOOTSTRAP_CHANNELS.map(async (channel) => [channel, await inner.invoke(channel, {})])),
      );
      const sandboxes = {
        local: await inner.invoke('sandbox:status', {}),
        'local-production': await inner.invoke('sandbox:status', { environment: 'local-production' }),
      };
      return { ok: true, value: { answers, sandboxes } as BootstrapAnswer };
    },
  });
  return { fake, api: withBootstrap(fake, { eager: true }) };
}

describe('the first render, once the start-up answer is in', () => {
  it('is already the usable console (last used profile in the form), marked ready on its first commit, after one call', async () => {
    const { fake, api } = startedApi();
    await bootstrapSettled(api);
    const root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    const commits: boolean[] = [];
    await act(async () => {
      render(
        <Profiler id="app" onRender={() => commits.push(root.getAttribute('data-app-ready') === 'true')}>
          <ApiProvider api={api}>
            <App />
          </ApiProvider>
        </Profiler>,
        { container: root },
      );
    });
    // One commit: every store (the sandbox controls' too) starts from the answer, and the loads that confirm the same
    // answer set nothing. Ready is set by that commit's effects.
    expect(commits).toEqual([false]);
    expect(root.getAttribute('data-app-ready')).toBe('true');
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByRole('button', { name: /Request token/ })).toBeTruthy();
    expect((screen.getByLabelText('Client ID') as HTMLInputElement).value).toBe('shop-client');
    expect(fake.calls.filter((call) => call.channel !== 'app:bootstrap').map((call) => call.channel)).toEqual([]);
  });
});
