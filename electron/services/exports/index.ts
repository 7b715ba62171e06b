export { buildHar, harJson, type HarExportInput } from './har';
export { supportText, type SupportTextInput } from './support-text';
export { createPosAttemptLog, POS_LOG_LIMIT, type PosAttemptLog } from './pos-log';
export type { ExportedAttempt } from './exported-attempt';
export { snippetInputOf, tokenCurlFor } from './token-curl';
