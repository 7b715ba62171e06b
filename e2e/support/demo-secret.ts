import type { APIRequestContext } from '@playwright/test';
import type { PreviewProcess } from './preview';

/**
 * A demo client's secret, as the app itself gets it: from the preview's sandbox:demo-clients answer. Tests pass it
 * only to the page (never to an assertion or a Playwright action), so it cannot reach test output.
 */
export async function demoSecret(
  request: APIRequestContext,
  preview: PreviewProcess,
  clientId = 'demo-integrator',
): Promise<string> {
  const key = new URL(preview.url).hash.replace('#key=', '');
  const response = await request.post(`${preview.origin}/ipc/sandbox:demo-clients`, {
    data: {},
    headers: { 'x-console-key': key },
  });
  const body = (await response.json()) as { value: { clientId: string; clientSecret: string }[] };
  const secret = body.value.find((client) => client.clientId === clientId)?.clientSecret;
  if (!secret) throw new Error(`The sandbox offers no ${clientId} client.`);
  return secret;
}
