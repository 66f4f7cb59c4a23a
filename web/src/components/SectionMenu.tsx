import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { OTHER_SECTIONS, SECTIONS, type SectionTile } from '../pages/sections';
import { areaPath } from '../routes';

/**
 * "Torna alla scelta del Servizio" and the "Menù" of every section (manual 6: "passare da una
 * sezione all'altra mediante l'icona Menù"): a disclosure button listing the company's sections.
 */
export function SectionMenu({ companyId }: { companyId: string }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { pathname } = useLocation();
  // A link followed closes the menu.
  const close = () => setOpen(false);
  return (
    <nav aria-label="Menù delle sezioni" className="section-menu d-flex flex-wrap align-items-start gap-3 mb-2">
      <Link to="/area" className="btn btn-outline-primary btn-sm">
        Torna alla scelta del Servizio
      </Link>
      <div className="section-menu-wrapper">
        <button
          type="button"
          className="btn btn-primary btn-sm"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((o) => !o)}
        >
          Menù <span aria-hidden="true">{open ? '▲' : '▼'}</span>
        </button>
        <ul id={listId} hidden={!open} className="section-menu-list list-unstyled shadow-sm">
          <li>
            <Link to={areaPath(companyId)} onClick={close}>
              Home
            </Link>
          </li>
          {[...SECTIONS, ...OTHER_SECTIONS].map((s: SectionTile) => (
            <li key={s.id}>
              <Link
                to={areaPath(companyId, s.id)}
                aria-current={pathname === areaPath(companyId, s.id) ? 'page' : undefined}
                onClick={close}
              >
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
