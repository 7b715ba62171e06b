import { isChannel } from '../../shared/ipc/contract';
import { fail, HandlerError, ok, type IpcResult } from '../../shared/ipc/result';
import { requestSchemas } from '../../shared/ipc/schemas';
import type { Handlers } from './index';
import { describeIssue } from './invalid-input-text';

/**
 * Schema parse → handler → IpcResult, the same for both transports (ipcMain and the preview's HTTP).
 * The sender check happens before this, in the transport. Nothing thrown escapes; nothing secret is echoed.
 */
/** Plain data only (what JSON can say): class instances such as Date, Map or Buffer are not a request. */
function isPlainData(value: unknown, depth = 0): boolean {
  if (depth > 32) return false;
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every((item) => isPlainData(item, depth + 1));
  if (typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((item) => isPlainData(item, depth + 1));
}

export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return fail('NOT_FOUND', 'Unknown channel.');
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload) || !isPlainData(payload)) {
    return fail(
      'INVALID_INPUT',
      'The console sent a request it could not read. Restart the app; if it happens again, report it.',
    );
  }
  // The message goes to the UI as it is: no channel name, no zod wording, never the rejected value.
  const parsed = requestSchemas[channel].safeParse(payload, { error: describeIssue });
  if (!parsed.success) {
    return fail('INVALID_INPUT', parsed.error.issues[0]?.message ?? 'The request is not valid.');
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof HandlerError) return fail(error.code, error.message);
    console.error(`[ipc] ${channel} failed:`, error instanceof Error ? error.name : 'non-error');
    return fail('INTERNAL', 'Something went wrong inside the app. Try again; if it persists, restart the app.');
  }
}
