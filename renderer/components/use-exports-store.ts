import { create } from 'zustand';
import type { ConsoleApi } from '../../shared/ipc/contract';
import { copyText } from '../lib/clipboard';
import type { CopyOutcome } from '../lib/clipboard';
import { downloadText } from '../lib/download';
import { safeInvoker } from '../lib/safe-invoke';

type ExportAction = 'har' | 'run' | 'support';

interface ExportFeedback {
  tone: 'success' | 'error';
  text: string;
}

/** Where exported text goes; tests pass their own. */
export interface ExportSinks {
  download(text: string, fileName: string): void;
  copy(text: string): Promise<CopyOutcome>;
}

const BROWSER_SINKS: ExportSinks = {
  download: (text, fileName) => downloadText(text, fileName),
  copy: (text) => copyText(text),
};

/**
 * HAR files and the support text are built (and redacted) by main; they pass through here to a file or the
 * clipboard and are not kept. Only what happened is.
 */
export interface ExportsState {
  busy?: ExportAction;
  feedback?: ExportFeedback;
  exportHar(scope: 'attempt' | 'run', attemptId?: string): Promise<void>;
  copySupportText(attemptId: string): Promise<void>;
}

/** `mask` is presentation mode's (identity when off), applied as the text leaves for the file or the clipboard. */
export function createExportsStore(
  api: ConsoleApi,
  sinks: ExportSinks = BROWSER_SINKS,
  mask: (text: string) => string = (text) => text,
) {
  const invoke = safeInvoker(api);
  return create<ExportsState>()((set, get) => ({
    async exportHar(scope, attemptId) {
      if (get().busy) return;
      set({ busy: scope === 'run' ? 'run' : 'har', feedback: undefined });
      const result = await invoke('export:har', scope === 'attempt' && attemptId ? { scope, attemptId } : { scope });
      if (!result.ok) {
        set({ busy: undefined, feedback: { tone: 'error', text: result.error.message } });
        return;
      }
      sinks.download(mask(result.value.json), result.value.fileName);
      set({
        busy: undefined,
        feedback: { tone: 'success', text: `Saved ${result.value.fileName} (redacted: no secret, no usable token).` },
      });
    },

    async copySupportText(attemptId) {
      if (get().busy) return;
      set({ busy: 'support', feedback: undefined });
      const result = await invoke('export:support-text', { attemptId });
      if (!result.ok) {
        set({ busy: undefined, feedback: { tone: 'error', text: result.error.message } });
        return;
      }
      const copied = await sinks.copy(mask(result.value.text));
      set({
        busy: undefined,
        feedback: copied.ok
          ? { tone: 'success', text: 'Copied for support: paste it into the ticket.' }
          : { tone: 'error', text: copied.message },
      });
    },
  }));
}
