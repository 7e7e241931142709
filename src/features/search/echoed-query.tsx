/**
 * A sentence that quotes the parent's search ("3 services found for “jabs”"), with the query
 * isolated in <bdi>: whatever its direction, it cannot reorder the words around it. The query
 * reaching here has had its bidi control characters removed (query-text.ts), so a crafted link
 * cannot make the page's own sentence read backwards either.
 */
import { Fragment } from 'preact';

/** A private-use character no translation contains: where the query goes in the sentence. */
export const QUERY_SLOT = '\uE000';

export function EchoedQuery({ sentence, query }: { sentence: string; query: string }) {
  const parts = sentence.split(QUERY_SLOT);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && <bdi>{query}</bdi>}
        </Fragment>
      ))}
    </>
  );
}
