import type { Schemas } from '../api/contract';
import { useApi } from '../hooks/useApi';
import { useStaff } from './StaffLayout';

export type Company = Schemas['Company'];

/** The companies registered with the portal (`GET /api/backoffice/companies`, every staff role). */
export function useCompanies() {
  const { call } = useStaff();
  return useApi((signal) => call<Schemas['CompanyList']>('/backoffice/companies', { signal }), []);
}
