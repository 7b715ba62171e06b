export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export function Badge({ text, tone = 'neutral' }: { text: string; tone?: BadgeTone }) {
  return <span className={`badge badge-${tone}`}>{text}</span>;
}
