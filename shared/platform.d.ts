// The few web-standard globals that exist in both Node and the browser, declared for shared/ only
// (shared/tsconfig.json has neither DOM nor Node types). electron/ and renderer/ exclude this file.
declare class URL {
  constructor(input: string, base?: string);
  readonly hostname: string;
  readonly host: string;
  readonly protocol: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
  readonly username: string;
  readonly password: string;
  readonly href: string;
  readonly origin: string;
  toString(): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
