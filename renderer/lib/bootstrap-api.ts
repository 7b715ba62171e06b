import {
  BOOTSTRAP_CHANNELS,
  type BootstrapAnswer,
  type BootstrapChannel,
  type Channel,
  type ConsoleApi,
  type RequestOf,
  type ResponseOf,
} from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

/**
 * Start-up in one round trip without touching the stores: the first call of any start-up channel asks main once for
 * `app:bootstrap`, and the start-up calls are answered from that one answer, as often as panes ask. It is spent
 * (every call goes to main again) as soon as anything could have changed: a call to any other channel (every change
 * goes through one) or an event from main. Notices are handed out once, as main does. If main cannot bootstrap,
 * calls go through as before.
 *
 * `eager` sends the one request at once (the app does, before React and the app's modules evaluate), and once it
 * has arrived, stores read their first state from it synchronously (answeredAtStart), so the first render is
 * already the usable screen instead of an empty one followed by a second.
 */
const isBootstrapChannel = (channel: Channel): channel is BootstrapChannel =>
  (BOOTSTRAP_CHANNELS as readonly string[]).includes(channel);

type StartChannel = BootstrapChannel | 'sandbox:status';
type Peek = <C extends StartChannel>(channel: C, request: RequestOf<C>) => IpcResult<ResponseOf<C>> | undefined;
const peeks = new WeakMap<ConsoleApi, { peek: Peek; settled: () => Promise<unknown> }>();

export function withBootstrap(api: ConsoleApi, { eager = false }: { eager?: boolean } = {}): ConsoleApi {
  let pending: Promise<BootstrapAnswer | undefined> | undefined;
  let arrived: BootstrapAnswer | undefined;
  let spent = false;
  const served = new Set<Channel>();

  const fetchOnce = () =>
    (pending ??= api.invoke('app:bootstrap', {}).then(
      (result) => (arrived = result.ok ? result.value : undefined),
      () => undefined,
    ));

  /** Whether this call may still be answered from the start-up answer; marks notices as handed out. */
  function take(channel: Channel): boolean {
    if (spent) return false;
    if (channel === 'sandbox:status') return true;
    if (!isBootstrapChannel(channel) || (channel === 'app:notices' && served.has(channel))) return false;
    served.add(channel);
    return true;
  }

  function partOf<C extends Channel>(
    answer: BootstrapAnswer | undefined,
    channel: C,
    request: RequestOf<C>,
  ): IpcResult<ResponseOf<C>> | undefined {
    if (channel === 'sandbox:status') {
      const environment = (request as RequestOf<'sandbox:status'>).environment ?? 'local';
      return answer?.sandboxes[environment] as IpcResult<ResponseOf<C>> | undefined;
    }
    return answer?.answers[channel as BootstrapChannel] as IpcResult<ResponseOf<C>> | undefined;
  }

  async function fromBootstrap<C extends Channel>(
    channel: C,
    request: RequestOf<C>,
  ): Promise<IpcResult<ResponseOf<C>> | undefined> {
    return take(channel) ? partOf(await fetchOnce(), channel, request) : undefined;
  }

  const wrapped: ConsoleApi = {
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
  const peek: Peek = (channel, request) => (arrived && take(channel) ? partOf(arrived, channel, request) : undefined);
  peeks.set(wrapped, { peek, settled: fetchOnce });
  if (eager) void fetchOnce();
  return wrapped;
}

/**
 * A start-up channel's answer, synchronously, if the one bootstrap answer has already arrived and is not spent;
 * otherwise undefined (the caller loads as before). Notices count as handed out.
 */
export function answeredAtStart<C extends StartChannel>(
  api: ConsoleApi,
  channel: C,
  request: RequestOf<C>,
): IpcResult<ResponseOf<C>> | undefined {
  return peeks.get(api)?.peek(channel, request);
}

/** Resolves once the start-up answer has arrived (or failed); at once for an api without one. */
export async function bootstrapSettled(api: ConsoleApi): Promise<void> {
  await peeks.get(api)?.settled();
}
