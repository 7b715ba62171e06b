import { BOOTSTRAP_CHANNELS, type BootstrapAnswer, type BootstrapChannel, type Channel, type ConsoleApi, type RequestOf, type ResponseOf } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

/**
 * Start-up in one round trip without touching the stores: the first call of any start-up channel asks main once for
 * `app:bootstrap`, and the start-up calls are answered from that one answer, as often as panes ask. It is spent
 * (every call goes to main again) as soon as anything could have changed: a call to any other channel (every change
 * goes through one) or an event from main. Notices are handed out once, as main does. If main cannot bootstrap,
 * calls go through as before.
 */
const isBootstrapChannel = (channel: Channel): channel is BootstrapChannel => (BOOTSTRAP_CHANNELS as readonly string[]).includes(channel);

export function withBootstrap(api: ConsoleApi): ConsoleApi {
  let pending: Promise<BootstrapAnswer | undefined> | undefined;
  let spent = false;
  const served = new Set<Channel>();

  const fetchOnce = () =>
    (pending ??= api.invoke('app:bootstrap', {}).then(
      (result) => (result.ok ? result.value : undefined),
      () => undefined,
    ));

  async function fromBootstrap<C extends Channel>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>> | undefined> {
    if (spent) return undefined;
    if (channel === 'sandbox:status') {
      const environment = (request as RequestOf<'sandbox:status'>).environment ?? 'local';
      return (await fetchOnce())?.sandboxes[environment] as IpcResult<ResponseOf<C>> | undefined;
    }
    if (!isBootstrapChannel(channel) || (channel === 'app:notices' && served.has(channel))) return undefined;
    served.add(channel);
    return (await fetchOnce())?.answers[channel] as IpcResult<ResponseOf<C>> | undefined;
  }

  return {
    async invoke(channel, request) {
      const answer = await fromBootstrap(channel, request);
      if (answer) return answer;
      if (!isBootstrapChannel(channel) && channel !== 'sandbox:status') spent = true;
      return api.invoke(channel, request);
    },
    on(event, listener) {
      return api.on(event, (payload) => {
        spent = true;
        listener(payload);
      });
    },
  };
}
