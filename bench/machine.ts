import { availableParallelism, loadavg } from 'node:os';

/**
 * What a reader needs to trust a figure: the machine's load when it was measured (with a warning when the run
 * queue is longer than the cores), and the spread of interleaved rounds instead of one number.
 */
export const ROUNDS = 3;
const cores = availableParallelism();

/** "load 0.42 (2 cores)", with a warning when the 1-minute load average is above the number of cores. */
function loadNote(): string {
  const [one = 0] = loadavg();
  const note = `load ${one.toFixed(2)} (${cores} cores)`;
  return one > cores ? `${note} WARNING: busier than its cores, figures are inflated` : note;
}

/** A section title with the load at its start. */
export function heading(title: string): void {
  console.log(`\n${title}  [${loadNote()}]`);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "median (min–max)" of the per-round figures. */
export function spread(values: readonly number[], digits = 0, unit = ''): string {
  const fmt = (value: number) => `${value.toFixed(digits)}${unit}`;
  return `${fmt(median(values))} (min ${fmt(Math.min(...values))}, max ${fmt(Math.max(...values))})`;
}

export const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

/** A judged ratio line: the median of the per-round ratios, their spread, the target and whether it is met. */
export function ratioLine(
  label: string,
  ratios: readonly number[],
  target: { op: '<=' | '>='; value: number },
): string {
  const mid = median(ratios);
  const met = target.op === '<=' ? mid <= target.value : mid >= target.value;
  return `  ${label.padEnd(44)} ${spread(ratios, 2, 'x')}  (target ${target.op} ${target.value}x: ${verdict(met)})`;
}
