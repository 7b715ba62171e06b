import { maskText, type KnownValue } from '../../shared/domain/mask';
import { HandlerError } from '../../shared/ipc/result';
import type { HandlerDeps } from './deps';

const presenting = (deps: HandlerDeps) => deps.settings.ui().presentationMode;

/** In presentation mode a copy of a usable secret or token must not happen, whatever the window asks. */
export function refuseWhilePresenting(deps: HandlerDeps, what: string): void {
  if (presenting(deps))
    throw new HandlerError('FORBIDDEN', `Presentation mode is on: copying ${what} is off until you switch it off.`);
}

/** Exports leave main masked in presentation mode, with every client id and VAT this app knows of. */
export function maskForPresentation(deps: HandlerDeps, text: string): string {
  if (!presenting(deps)) return text;
  const known: KnownValue[] = [
    ...deps.profiles
      .list()
      .flatMap((profile) => [
        { kind: 'clientId' as const, value: profile.clientId },
        ...profile.merchants.map((merchant) => ({ kind: 'vat' as const, value: merchant.vat })),
      ]),
    ...deps.history
      .list()
      .flatMap((row) => [
        ...(row.clientId ? [{ kind: 'clientId' as const, value: row.clientId }] : []),
        ...(row.merchantVat ? [{ kind: 'vat' as const, value: row.merchantVat }] : []),
      ]),
    ...Object.values(deps.demoClients).flatMap((clients) =>
      clients.map((client) => ({ kind: 'clientId' as const, value: client.clientId })),
    ),
  ];
  return maskText(text, known);
}
