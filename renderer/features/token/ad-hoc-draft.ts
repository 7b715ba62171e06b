import { ENVIRONMENT_IDS } from '../../../shared/domain/environments';
import type { EnvironmentId } from '../../../shared/domain/environments';
import { PROFILE_LIMITS } from '../../../shared/domain/profile';
import type { TokenForm } from '../../lib/token-form';

/**
 * The ad-hoc form's non-secret fields across a reload of the window.
 *
 * In the renderer's sessionStorage, not main's settings: UiSettings (presentation mode, welcome) is a fixed
 * pair that main validates and writes to disk, and a draft of typed fields is no setting; a reload keeps the
 * window's sessionStorage, and quitting drops it, so no client id or VAT lands in another file next to the ones
 * History and profiles already manage (and clear). The key is versioned: a later shape gets a new key and an old
 * draft is simply not read. The client secret is never part of it: TokenForm has no secret, and only the fields
 * listed in writeAdHocDraft are written.
 */
export const AD_HOC_DRAFT_KEY = 'integrator-console:ad-hoc-form:v1';

/** No longer than anything the form would take; a VAT has no limit of its own, so a generous one. */
const MAX_VAT = 64;

/** The window's sessionStorage, or undefined where there is none or it may not be used (it can throw). */
export function sessionDraftStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function isEnvironmentId(value: unknown): value is EnvironmentId {
  return typeof value === 'string' && (ENVIRONMENT_IDS as readonly string[]).includes(value);
}

/**
 * The saved draft, or undefined when there is none or it is not JSON. Written by an older or a tampered build,
 * a field of the wrong type or size falls back to `defaults` on its own rather than failing the whole form.
 */
export function readAdHocDraft(storage: Storage | undefined, defaults: TokenForm): TokenForm | undefined {
  let saved: unknown;
  try {
    const raw = storage?.getItem(AD_HOC_DRAFT_KEY);
    if (raw === null || raw === undefined) return undefined;
    saved = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return undefined;
  const draft = saved as Record<string, unknown>;
  return {
    environmentId: isEnvironmentId(draft.environmentId) ? draft.environmentId : defaults.environmentId,
    customTokenUrl: text(draft.customTokenUrl, PROFILE_LIMITS.customTokenUrl) ?? defaults.customTokenUrl,
    clientId: text(draft.clientId, PROFILE_LIMITS.clientId) ?? defaults.clientId,
    merchantVat: text(draft.merchantVat, MAX_VAT) ?? defaults.merchantVat,
    basicEncoding:
      draft.basicEncoding === 'form' || draft.basicEncoding === 'raw' ? draft.basicEncoding : defaults.basicEncoding,
    sendIbmClientId: typeof draft.sendIbmClientId === 'boolean' ? draft.sendIbmClientId : defaults.sendIbmClientId,
  };
}

/** Writes the listed fields only, so nothing added to the form later is saved without being named here. */
export function writeAdHocDraft(storage: Storage | undefined, form: TokenForm): void {
  const { environmentId, customTokenUrl, clientId, merchantVat, basicEncoding, sendIbmClientId } = form;
  try {
    storage?.setItem(
      AD_HOC_DRAFT_KEY,
      JSON.stringify({ environmentId, customTokenUrl, clientId, merchantVat, basicEncoding, sendIbmClientId }),
    );
  } catch {
    // Full or refused: the draft is a convenience, and the form still works without it.
  }
}
