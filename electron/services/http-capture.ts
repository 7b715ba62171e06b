import type { CapturedRequest, CapturedResponse, Exchange, HeaderList } from '../../shared/domain/exchange';
import { classifyNetworkFailure } from './network-failure';

/** The one HTTP function the services use: Electron's net.fetch in the app, Node's fetch in tests and the preview. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface OutgoingRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: HeaderList;
  body?: string;
}

export interface CaptureOptions {
  timeoutMs: number;
  maxBodyBytes: number;
  now?: () => number;
}

export const DEFAULT_CAPTURE: CaptureOptions = { timeoutMs: 10_000, maxBodyBytes: 256 * 1024 };

/**
 * Sends `request` and records the whole exchange. `shown` is the copy kept and displayed (credentials redacted);
 * only `request` ever reaches the wire. Never throws for network trouble: it becomes `exchange.failure`.
 */
export async function sendAndCapture(
  fetchImpl: FetchLike,
  request: OutgoingRequest,
  shown: CapturedRequest,
  options: CaptureOptions,
): Promise<Exchange> {
  const now = options.now ?? Date.now;
  const started = now();
  const startedAt = new Date(started).toISOString();
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal,
    });
    const captured = await readResponse(response, options.maxBodyBytes);
    const received = now();
    return {
      startedAt,
      durationMs: received - started,
      request: shown,
      response: captured,
      ...serverClock(response, received),
    };
  } catch (error) {
    return {
      startedAt,
      durationMs: now() - started,
      request: shown,
      failure: classifyNetworkFailure(error, request.url),
    };
  }
}

async function readResponse(response: Response, maxBytes: number): Promise<CapturedResponse> {
  const headers: HeaderList = [];
  response.headers.forEach((value, name) => headers.push([name, value]));
  const { text, size, truncated } = await readCapped(response, maxBytes);
  return { status: response.status, statusText: response.statusText, headers, body: text, size, truncated };
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<{ text: string; size: number; truncated: boolean }> {
  if (!response.body) return { text: '', size: 0, truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let kept = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - kept;
    chunks.push(value.byteLength > room ? value.subarray(0, room) : value);
    kept += Math.min(value.byteLength, room);
    if (value.byteLength > room) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const declared = Number(response.headers.get('content-length'));
  const size = truncated && Number.isFinite(declared) && declared > kept ? declared : kept;
  return { text: new TextDecoder('utf-8').decode(Buffer.concat(chunks)), size, truncated };
}

function serverClock(response: Response, receivedAt: number): Pick<Exchange, 'serverDate' | 'clockSkewMs'> {
  const date = response.headers.get('date');
  const serverMs = date ? Date.parse(date) : Number.NaN;
  if (Number.isNaN(serverMs)) return {};
  // Date has 1 s resolution, so compare whole seconds; positive when the server is ahead of this machine.
  const localSecondMs = Math.floor(receivedAt / 1000) * 1000;
  return { serverDate: new Date(serverMs).toISOString(), clockSkewMs: serverMs - localSecondMs };
}
