import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../../shared/ipc/contract';
import { fail } from '../../../shared/ipc/result';
import { dispatch } from '../../handlers/dispatch';
import type { Handlers } from '../../handlers/index';
import { isTrustedSender } from './trusted-sender';

/** The ONLY importer of ipcMain: sender check → schema parse → handler → IpcResult, for every channel. */
export function registerIpc(
  handlers: Handlers,
  ourWebContentsIds: ReadonlySet<number>,
  ipc: Pick<typeof ipcMain, 'handle'> = ipcMain,
): void {
  for (const channel of Object.keys(CHANNELS) as Channel[]) {
    ipc.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown) => {
      if (!isTrustedSender(event, ourWebContentsIds)) return fail('FORBIDDEN', 'This window may not use the app.');
      return dispatch(handlers, channel, payload);
    });
  }
}
