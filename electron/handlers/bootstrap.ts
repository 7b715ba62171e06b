import { BOOTSTRAP_CHANNELS, type BootstrapAnswer } from '../../shared/ipc/contract';
import { LOCAL_ENVIRONMENT_IDS } from '../../shared/domain/sandbox-faults';
import { dispatch } from './dispatch';
import type { Handlers } from './index';

/**
 * `app:bootstrap`: the answers of every channel the first screen reads, in one round trip. Each part goes through
 * dispatch like its own call would (so one failing part is one failed answer, not a failed start). The sandboxes
 * are only asked their status: nothing is started or polled here.
 */
export async function bootstrap(handlers: Handlers): Promise<BootstrapAnswer> {
  const answers = await Promise.all(BOOTSTRAP_CHANNELS.map((channel) => dispatch(handlers, channel, {})));
  const sandboxes = await Promise.all(
    LOCAL_ENVIRONMENT_IDS.map((environment) => dispatch(handlers, 'sandbox:status', { environment })),
  );
  return {
    answers: Object.fromEntries(
      BOOTSTRAP_CHANNELS.map((channel, index) => [channel, answers[index]]),
    ) as BootstrapAnswer['answers'],
    sandboxes: Object.fromEntries(
      LOCAL_ENVIRONMENT_IDS.map((environment, index) => [environment, sandboxes[index]]),
    ) as BootstrapAnswer['sandboxes'],
  };
}
