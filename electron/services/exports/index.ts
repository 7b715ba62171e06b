export { harJson } from './har';
export { supportText } from './support-text';
export { createPosAttemptLog, type PosAttemptLog } from './pos-log';
export type { ExportedAttempt } from './exported-attempt';
