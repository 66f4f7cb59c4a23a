import { Alert, Container } from 'design-react-kit';
import { Link, Navigate, useParams } from 'react-router-dom';
import { CompanyPicker } from '../components/CompanyPicker';
import { SectionTiles } from '../components/SectionTiles';
import { areaPath } from '../routes';
import { usePageTitle } from '../usePageTitle';
import { useMe } from './OperatorLayout';

/** Portale Operatori-Gestori home (manual ch. 6): pick the company, then a section. */
export function AreaPage() {
  usePageTitle('Portale Operatori-Gestori');
  const me = useMe();
  const { companyId } = useParams();

  if (!companyId && me.companies.length === 1) return <Navigate to={areaPath(me.companies[0])} replace />;

  return (
    <Container className="py-4">
      <h1 className="h2 mb-3">Portale Operatori-Gestori</h1>
      {me.companies.length === 0 ? (
        <Alert color="info">
          L'utente non è ancora abilitato a operare per alcuna società: contattare il referente della propria società o
          l'Help Desk.
        </Alert>
      ) : (
        <>
          <CompanyPicker companies={me.companies} names={me.companyNames ?? {}} current={companyId} />
          {companyId && !me.companies.includes(companyId) && (
            <Alert color="danger">L'utente non è abilitato a operare per questa società.</Alert>
          )}
          {companyId && me.companies.includes(companyId) && <SectionTiles companyId={companyId} />}
          {!companyId && <p>Selezionare la società per cui si vuole operare.</p>}
        </>
      )}
      <p className="mt-4">
        <Link to="/">Torna alla pagina iniziale</Link>
      </p>
    </Container>
  );
}
