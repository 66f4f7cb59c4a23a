import { Alert } from 'design-react-kit';

/** What an action of the page came to (a download, an upload): shown above the list. */
export interface Outcome {
  tone: 'success' | 'danger';
  text: string;
}

export function OutcomeAlert({ outcome, testId }: { outcome: Outcome | undefined; testId: string }) {
  if (!outcome) return null;
  return (
    <Alert color={outcome.tone} data-testid={testId}>
      {outcome.text}
    </Alert>
  );
}
