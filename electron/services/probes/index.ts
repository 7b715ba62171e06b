export { buildPostRequest, probeClientAuth, PROBE_METHODS } from './auth-probe';
export type { ClientAuthProbeInput, ClientAuthProbeResult, ProbeMethod, ProbeRow } from './auth-probe';
export type { DifferingCharacter } from './secret-differences';
export { decodeBasicHeader, type BasicDecoderOptions, type FindProfileBySecret, type ProfileMatch } from './basic-decoder';
export {
  buildPosRequest,
  callPos,
  DEFAULT_CLIENT_SYSTEM_VERSION,
  posPaths,
  type PosCallInput,
  type PosCallResult,
  type PosPath,
  type PosTamper,
} from './pos-probe';
export { assertSafeTarget } from './url-policy';
