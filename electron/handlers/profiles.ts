import type { ProfilesState } from '../../shared/ipc/contract';
import type { HandlerDeps } from './deps';

export function listProfiles({ profiles }: HandlerDeps): ProfilesState {
  const selectedId = profiles.lastSelected()?.id;
  const setAside = profiles.setAside();
  const keptAs = profiles.setAsideKeptAs();
  const aside = setAside.length > 0 ? { setAside, ...(keptAs ? { setAsideKeptAs: keptAs } : {}) } : {};
  return { profiles: profiles.list(), ...(selectedId ? { selectedId } : {}), vault: profiles.vaultStatus(), ...aside };
}

export function exportProfiles({ profiles }: HandlerDeps): { json: string; fileName: string } {
  const day = new Date().toISOString().slice(0, 10);
  return { json: profiles.exportBackup(), fileName: `integrator-console-profiles-${day}.json` };
}
