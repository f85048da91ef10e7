export function Loading() { return <p className="muted" role="status">Loading…</p>; }
export function Failure({ error }: { error: string }) { return <p className="error" role="alert">Could not load: {error}</p>; }

export function Certainty({ value }: { value: string }) {
  return <span className={`cert cert-${value.toLowerCase()}`}>{value}</span>;
}
