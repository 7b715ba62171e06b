import type { UiSettings } from '../../shared/domain/profile';
import type { FakeHandlers } from './fake-api';

/** main's UI settings in memory, for renderer tests: settings:get answers what settings:update saved. */
export function fakeSettings(initial: Partial<UiSettings> = {}) {
  const settings: UiSettings = { presentationMode: false, welcomeSeen: true, ...initial };
  const handlers: FakeHandlers = {
    'settings:get': () => ({ ok: true, value: { ...settings } }),
    'settings:update': (patch) => {
      if (patch.presentationMode !== undefined) settings.presentationMode = patch.presentationMode;
      if (patch.welcomeSeen !== undefined) settings.welcomeSeen = patch.welcomeSeen;
      return { ok: true, value: { ...settings } };
    },
  };
  return { handlers, settings };
}
