import { apiFetch } from './client';
import type { Schemas } from './contract';

/** An avviso on the public home page (manual ch. 8: planned and unplanned interventions). */
export interface Notice {
  id?: string;
  title: string;
  message: string;
  /** ISO 8601 instant the interruption starts. */
  from?: string | null;
  /** ISO 8601 instant service is expected to resume. */
  to?: string | null;
  /** A planned intervention is announced at least 4 days ahead (manual 8.1), an unplanned one when it happens (8.2). */
  kind?: Schemas['Notice']['kind'];
}

export interface PortalStatus {
  maintenance: boolean;
  notices: Notice[];
}

function isNotice(value: unknown): value is Notice {
  if (typeof value !== 'object' || value === null) return false;
  const n = value as Record<string, unknown>;
  return typeof n.title === 'string' && typeof n.message === 'string';
}

export async function getStatus(signal?: AbortSignal): Promise<PortalStatus> {
  const body = await apiFetch<Partial<PortalStatus> | undefined>('/status', { signal });
  return {
    maintenance: body?.maintenance === true,
    notices: Array.isArray(body?.notices) ? body.notices.filter(isNotice) : [],
  };
}
