export function findElectronBinary(
  env?: NodeJS.ProcessEnv,
): { path: string; version: string } | { missing: string; version?: string };
export const FETCH_COMMAND: string;
