/** Kept for scripts that import it; the statistics live in machine.ts beside the load average they go with. */
export { verdict } from './machine';
