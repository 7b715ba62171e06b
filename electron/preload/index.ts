import { contextBridge, ipcRenderer } from 'electron';
import { isChannel, isEventName, type ConsoleApi } from '../../shared/ipc/contract';
import { fail } from '../../shared/ipc/result';

// window.api = { invoke, on } and nothing else: no ipcRenderer, no event objects, allowlisted names only.
const api: ConsoleApi = {
  invoke(channel, request) {
    if (!isChannel(channel)) return Promise.resolve(fail('NOT_FOUND', 'Unknown channel.'));
    return ipcRenderer.invoke(channel, request);
  },
  on(event, listener) {
    if (!isEventName(event)) return () => {};
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
