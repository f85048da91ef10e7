import type { Fact } from '../api.js';
import { href } from '../router.js';
import { Certainty } from './Status.js';

const chain = (links: { source: string }[]) => (links.length ? links.map((l) => l.source).join(' → ') : 'the outlet');

/** Values per source, corroboration counts, contradictions highlighted. */
export function FactsTable({ facts }: { facts: Fact[] }) {
  if (!facts.length) return <p className="muted">No facts.</p>;
  return (
    <table className="facts" data-testid="facts">
      <thead><tr><th></th><th>Subject</th><th>Attribute</th><th>Values and sources</th><th>Docs</th><th>Independent</th></tr></thead>
      <tbody>
        {facts.map((f, i) => (
          <tr key={i} className={f.consistent ? 'ok' : 'contested'} title={f.why ?? ''}>
            <td className="verdict">{f.consistent ? '✓' : '✗'}</td>
            <td>{f.subject}</td>
            <td>{f.attribute}{f.phase && f.period && <span className="muted"> ({f.period.from}{f.period.to !== f.period.from ? ` to ${f.period.to}` : ''})</span>}</td>
            <td>
              <ul className="values">
                {f.values.map((v, j) => (
                  <li key={j}>
                    <strong>{v.mod ? `${v.mod.toLowerCase().replace(/_/g, ' ')} ` : ''}{typeof v.value === 'number' ? v.value.toLocaleString('en-US') : v.value}{v.unit ? ` ${v.unit}` : ''}</strong>
                    {v.asOf && <span className="muted"> as of {v.asOf}</span>}
                    <ul className="sources">
                      {v.sources.map((s, k) => (
                        <li key={k}>
                          <a href={href.document(s.document)}>{s.outlet ?? s.document.slice(0, 8)}</a>: {chain(s.attribution)} <Certainty value={s.certainty} />
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              {(!f.consistent || f.verdict === 'updated') && f.why && <p className="why">{f.why}</p>}
            </td>
            <td>{f.corroboration.documents}</td>
            <td>{f.corroboration.independentSources}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
