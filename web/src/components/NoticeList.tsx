import { Callout, CalloutText, CalloutTitle } from 'design-react-kit';
import type { Notice } from '../api/status';
import { formatDateTimeMinutes } from '../format';

function kindLabel(kind: Notice['kind']): string | undefined {
  if (kind === 'PlannedIntervention') return 'Intervento programmato';
  if (kind === 'UnplannedIntervention') return 'Intervento non programmato';
  return undefined;
}

function Period({ from, to }: Pick<Notice, 'from' | 'to'>) {
  const start = formatDateTimeMinutes(from);
  const end = formatDateTimeMinutes(to);
  if (!start && !end) return null;
  return (
    <p className="notice-period mb-2">
      {start && (
        <>
          Dal <time dateTime={from ?? undefined}>{start}</time>
        </>
      )}
      {start && end && ' '}
      {end && (
        <>
          {start ? 'al' : 'Fino al'} <time dateTime={to ?? undefined}>{end}</time>
        </>
      )}
    </p>
  );
}

export function NoticeList({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) {
    return <p className="notice-empty">Al momento non ci sono avvisi.</p>;
  }
  return (
    <ul className="list-unstyled notice-list">
      {notices.map((notice, index) => {
        const label = kindLabel(notice.kind);
        return (
          <li key={notice.id ?? `${index}-${notice.title}`}>
            <Callout color={notice.kind === 'UnplannedIntervention' ? 'warning' : 'note'} className="notice">
              <CalloutTitle tag="h3" className="h5">
                {notice.title}
              </CalloutTitle>
              {label && <p className="notice-kind mb-1">{label}</p>}
              <Period from={notice.from} to={notice.to} />
              <CalloutText tag="p" className="mb-0">
                {notice.message}
              </CalloutText>
            </Callout>
          </li>
        );
      })}
    </ul>
  );
}
