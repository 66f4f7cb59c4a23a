import { Link } from 'react-router-dom';
import { areaPath } from '../routes';

/** "Portale Operatori-Gestori / <page>": the way back to the company's area from a section. */
export function Breadcrumb({ companyId, title }: { companyId: string; title: string }) {
  return (
    <nav aria-label="Percorso di navigazione" className="breadcrumb-container">
      <ol className="breadcrumb">
        <li className="breadcrumb-item">
          <Link to={areaPath(companyId)}>Portale Operatori-Gestori</Link>
          <span className="separator">/</span>
        </li>
        <li className="breadcrumb-item active" aria-current="page">
          {title}
        </li>
      </ol>
    </nav>
  );
}
