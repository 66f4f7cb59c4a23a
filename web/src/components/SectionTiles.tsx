import { Alert } from 'design-react-kit';
import { Link } from 'react-router-dom';
import { getBadges } from '../api/operator';
import { useApi } from '../hooks/useApi';
import { OTHER_SECTIONS, SECTIONS, type SectionTile } from '../pages/sections';
import { areaPath } from '../routes';

/** "3 lettere", "1 lettera", "1 sollecito". */
function badgeUnit(s: SectionTile, count: number) {
  const [one, many] = s.badgeUnit ?? ['lettera', 'lettere'];
  return count === 1 ? one : many;
}

/** One tile per section, with the badge of letters waiting there (manual 6.1: "badge"). */
export function SectionTiles({ companyId }: { companyId: string }) {
  const badges = useApi((signal) => getBadges(companyId, signal), [companyId]);
  return (
    <>
      {badges.error && <Alert color="danger">{badges.error}</Alert>}
      <ul className="row list-unstyled g-3 section-tiles" aria-label="Sezioni">
        {[...SECTIONS, ...OTHER_SECTIONS].map((s: SectionTile) => {
          const count = s.badge ? badges.data?.[s.badge] : undefined;
          return (
            <li key={s.id} className="col-12 col-md-4">
              <Link
                to={areaPath(companyId, s.id)}
                className="card card-bg shadow-sm h-100 text-decoration-none section-tile"
                data-testid={`tile-${s.id}`}
              >
                <span className="card-body d-block">
                  <span className="h5 card-title d-flex justify-content-between align-items-start gap-2">
                    <span>{s.title}</span>
                    {/* No "0" badge: a badge says that something is waiting. */}
                    {count !== undefined && count > 0 && (
                      <span className="badge bg-primary rounded-pill">
                        {count}
                        <span className="visually-hidden"> {badgeUnit(s, count)}</span>
                      </span>
                    )}
                  </span>
                  <span className="card-text d-block">{s.description}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
