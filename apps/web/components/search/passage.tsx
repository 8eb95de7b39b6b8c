import type { PassagePart } from '@derna/contracts';

/** The matching passage, the reader's words marked; text only, so nothing in it can be markup. */
export function Passage({ parts }: { parts: PassagePart[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="search-hit__passage">
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </p>
  );
}
