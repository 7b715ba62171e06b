export { probeClientAuth } from './auth-probe';
export { decodeBasicHeader } from './basic-decoder';
export { callPos, posPaths, type PosPath, type PosTamper } from './pos-probe';
