/** The further messages of a refusal (its field errors), one per line; nothing when there are none. */
export function MessageList({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="mb-0">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
