import { Container } from 'design-react-kit';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import { useMe } from '../pages/OperatorLayout';
import { SectionHeader } from './SectionHeader';
import { usePageTitle } from '../usePageTitle';

/**
 * The frame of a section page of its own (manual 6.4, 6.6, 6.7): breadcrumb back to the area,
 * the title, the company; a company the user is not enabled for goes back to the company choice.
 */
export function SectionFrame({
  companyId,
  title,
  children,
}: {
  companyId: string;
  title: string;
  children: ReactNode;
}) {
  usePageTitle(title);
  const me = useMe();
  if (!me.companies.includes(companyId)) return <Navigate to="/area" replace />;
  return (
    <Container fluid="xl" className="py-4">
      <SectionHeader companyId={companyId} title={title} />
      {children}
    </Container>
  );
}
