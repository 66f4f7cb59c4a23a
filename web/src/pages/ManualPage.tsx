import { useParams } from 'react-router-dom';
import { SectionFrame } from '../components/SectionFrame';
import { DocumentView } from '../markdown/DocumentView';
import { DOCUMENTS } from '../markdown/useDocument';

const TITLE = 'Manuale e Moduli';

/** Manual 6.10 (fig. 16): the manual of this portal, to read here or download as PDF, and the enablement form. */
export function ManualPage() {
  const { companyId = '' } = useParams();
  return (
    <SectionFrame companyId={companyId} title={TITLE}>
      <p>
        In questa sezione sono disponibili il manuale del Portale e il modulo di richiesta per l'abilitazione o la
        disabilitazione dei referenti per l'utilizzo del Portale.
      </p>
      <ul className="list-unstyled d-flex flex-wrap gap-3 mb-4" aria-label="Documenti da scaricare">
        <li>
          <a className="btn btn-primary" href={DOCUMENTS.manualPdf} download>
            Scarica il manuale (PDF)
          </a>
        </li>
        <li>
          <a className="btn btn-outline-primary" href={DOCUMENTS.form} download>
            Scarica il modulo di richiesta abilitazione/disabilitazione referenti (PDF compilabile)
          </a>
        </li>
      </ul>
      <p className="small">
        Il modulo si compila con un lettore PDF, si firma digitalmente nel campo Firma e si invia come indicato nel
        modulo stesso.
      </p>
      {/* Under the section's own h1: the manual's headings one level down. */}
      <DocumentView path={DOCUMENTS.manual} label="Manuale del Portale Operatori-Gestori" shift={1} />
    </SectionFrame>
  );
}
