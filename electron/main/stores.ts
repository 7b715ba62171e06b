import ElectronStore, { type Options as ElectronStoreOptions } from 'electron-store';
import type { Options as ConfOptions } from 'conf';
import type { StoreFactory } from '../services/store-factory';

/**
 * The app's JSON stores (profiles.json, settings.json) as electron-store instances, a Conf subclass, so the services
 * take them unchanged. Two differences from conf are bridged: electron-store names the file from `name` and replaces
 * conf's `configName` with it (default 'config', so both stores would share config.json), and its types leave out
 * `projectVersion` (it defaults to the app's version) while the stores' migrations are keyed on their own format
 * versions — it is passed on to conf all the same.
 */
export const electronStore: StoreFactory = <T extends Record<string, unknown>>(options: ConfOptions<T>) => {
  const { configName, projectName: _projectName, projectSuffix: _projectSuffix, ...rest } = options;
  return new ElectronStore<T>({ ...rest, name: configName } as ElectronStoreOptions<T>);
};
