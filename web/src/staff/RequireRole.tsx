import { Alert, Container } from 'design-react-kit';
import { Link, Outlet } from 'react-router-dom';
import { STAFF_SCREENS, staffPath, type StaffScreen } from './screens';
import { hasAnyRole, ROLE_NAMES } from './session';
import { useStaff } from './StaffLayout';

/**
 * A screen opened by an address typed or bookmarked without one of its roles: said plainly, not
 * shown (the API refuses the calls anyway, 403 `staff-forbidden`).
 */
export function RequireRole({ screen }: { screen: StaffScreen }) {
  const staff = useStaff();
  const { roles, title } = STAFF_SCREENS[screen];
  if (hasAnyRole(staff.session, roles)) return <Outlet context={staff} />;
  return (
    <Container className="py-4">
      <h1 className="h2">{title}</h1>
      <Alert color="warning" data-testid="staff-forbidden">
        Questa funzione è riservata ai ruoli {roles.map((role) => ROLE_NAMES[role]).join(', ')}: l&apos;account non li
        ha. <Link to={staffPath()}>Torna all&apos;inizio della console</Link>.
      </Alert>
    </Container>
  );
}
