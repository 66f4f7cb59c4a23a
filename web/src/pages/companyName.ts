import type { Me } from '../api/operator';

/** The company's name as `/api/me` gives it; its id only if the name is unknown. */
export const companyName = (me: Me, companyId: string) => me.companyNames?.[companyId] ?? companyId;
