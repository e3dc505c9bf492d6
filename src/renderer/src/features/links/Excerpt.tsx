import { Text } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { sentenceSpans } from '@core/similarity';
import { excerpt } from './Labels';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A claim's words in quotes: the sentence that matched (when one did) rather than the opening, with
 * the matched words in bold so a reader sees at once why two claims were paired.
 */
export function ClaimExcerpt({
  text,
  sentence = null,
  words = [],
  max = 170,
}: {
  text: string;
  sentence?: number | null;
  words?: string[];
  max?: number;
}) {
  const { body, before, after } = useMemo(() => {
    if (sentence === null) return { body: excerpt(text, max), before: false, after: false };
    const spans = sentenceSpans(text);
    const span = spans[Math.min(sentence, spans.length - 1)];
    if (!span) return { body: excerpt(text, max), before: false, after: false };
    return {
      body: excerpt(text.slice(span.start, span.end), max),
      before: span.start > 0,
      after: span.end < text.trimEnd().length,
    };
  }, [text, sentence, max]);
  const parts = useMemo(() => {
    const unique = [...new Set(words.filter((w) => w.length > 1))].sort(
      (a, b) => b.length - a.length,
    );
    if (unique.length === 0) return [body];
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(${unique.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'giu',
    );
    return body.split(pattern);
  }, [body, words]);
  return (
    <>
      “{before ? '…' : ''}
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <Text key={i} span inherit fw={700}>
            {part}
          </Text>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
      {after && !body.endsWith('…') ? '…' : ''}”
    </>
  );
}
