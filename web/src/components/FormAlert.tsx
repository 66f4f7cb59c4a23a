import { Alert } from 'design-react-kit';
import { useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * A form's message box: focusable, so that after a failed submission the message is brought into
 * view and read out (as on the sign-in page).
 */
export function useMessageBox() {
  const box = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState<{ text: string; color: 'danger' | 'success' | 'warning' }>();
  function show(text: string, color: 'danger' | 'success' | 'warning' = 'danger') {
    setMessage({ text, color });
    requestAnimationFrame(() => box.current?.focus());
  }
  return { box, message, show, clear: () => setMessage(undefined) };
}

export function MessageBox({
  box,
  message,
  testId,
  children,
}: {
  box: RefObject<HTMLDivElement | null>;
  message?: { text: string; color: 'danger' | 'success' | 'warning' };
  testId: string;
  children?: ReactNode;
}) {
  return (
    <div ref={box} tabIndex={-1} className="error-box">
      {message && (
        <Alert color={message.color} data-testid={testId}>
          {message.text}
          {children}
        </Alert>
      )}
    </div>
  );
}
