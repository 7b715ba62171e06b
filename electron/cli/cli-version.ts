// The package version, set by vite.cli.config.ts at build time (tests run the sources: a dev version).
declare const __CLI_VERSION__: string | undefined;
export const CLI_VERSION = typeof __CLI_VERSION__ === 'string' ? __CLI_VERSION__ : '0.0.0-dev';
