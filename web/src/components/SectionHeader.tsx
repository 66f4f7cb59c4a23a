import { useMe } from '../pages/OperatorLayout';
import { companyName } from '../pages/companyName';
import { Breadcrumb } from './Breadcrumb';
import { SectionMenu } from './SectionMenu';

/**
 * The top of every section (manual 6): "Torna alla scelta del Servizio" and the "Menù" to jump to
 * another section, the breadcrumb back to the tiles, the title and the company's name.
 */
export function SectionHeader({ companyId, title }: { companyId: string; title: string }) {
  const me = useMe();
  return (
    <>
      <SectionMenu companyId={companyId} />
      <Breadcrumb companyId={companyId} title={title} />
      <h1 className="h2 mb-1">{title}</h1>
      <p className="mb-3" data-testid="company-name">
        Società: <strong>{companyName(me, companyId)}</strong>
      </p>
    </>
  );
}
