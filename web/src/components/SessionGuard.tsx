import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { onUnauthorized } from '../api/client';

/** Any operator call answering 401 sends the user back to /accedi with "Sessione scaduta". */
export function SessionGuard() {
  const navigate = useNavigate();
  useEffect(() => {
    onUnauthorized(() => navigate('/accedi', { replace: true, state: { expired: true } }));
    return () => onUnauthorized(undefined);
  }, [navigate]);
  return null;
}
