import Conf, { type Options } from 'conf';

/** How a JSON store is opened: electron-store in the app (electron/main/stores.ts), conf elsewhere (the default). */
export type StoreFactory = <T extends Record<string, unknown>>(options: Options<T>) => Conf<T>;

export const confStore: StoreFactory = (options) => new Conf(options);
