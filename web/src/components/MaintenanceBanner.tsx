import { Alert } from 'design-react-kit';
import { MAINTENANCE_WINDOW } from '../content';

export function MaintenanceBanner() {
  return (
    <Alert color="warning" fade={false} className="maintenance-banner mb-4" data-testid="maintenance-banner">
      <h2 className="h4 alert-heading">Portale in manutenzione</h2>
      <p className="mb-0">
        Il portale è chiuso per il caricamento quotidiano dei dati ({MAINTENANCE_WINDOW}). In questa fascia oraria non è
        possibile accedere né scaricare o caricare documenti: riprovare più tardi.
      </p>
    </Alert>
  );
}
