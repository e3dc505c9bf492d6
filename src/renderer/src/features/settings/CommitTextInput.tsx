import { TextInput, type TextInputProps } from '@mantine/core';
import { useRef, useState } from 'react';

/**
 * A text field over a stored value: typing edits a local draft, which is saved on Enter or when
 * the field loses focus (Escape restores the stored value). `validate` returns a message to show
 * instead of saving; `onCommit` returns false when saving failed, and the draft stays.
 */
export function CommitTextInput({
  value,
  onCommit,
  validate,
  ...props
}: Omit<TextInputProps, 'value' | 'onChange' | 'error' | 'onBlur'> & {
  value: string;
  onCommit: (next: string) => Promise<boolean>;
  validate?: (next: string) => string | null;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // What was just saved, shown until the stored value (read live) moves on from `from`.
  const [saved, setSaved] = useState<{ text: string; from: string } | null>(null);
  const saving = useRef(false);
  if (saved && saved.from !== value) setSaved(null);
  const shown = draft ?? (saved && saved.from === value ? saved.text : value);

  const commit = async () => {
    if (draft === null || saving.current) return;
    if (draft.trim() === value.trim()) {
      setDraft(null);
      setError(null);
      return;
    }
    const problem = validate?.(draft) ?? null;
    setError(problem);
    if (problem) return;
    saving.current = true;
    try {
      if (await onCommit(draft)) {
        setSaved({ text: draft.trim(), from: value });
        setDraft(null);
      }
    } finally {
      saving.current = false;
    }
  };

  return (
    <TextInput
      {...props}
      value={shown}
      error={error}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        if (error) setError(null);
      }}
      onBlur={() => void commit()}
      onKeyDown={(event) => {
        props.onKeyDown?.(event);
        if (event.key === 'Enter') {
          event.preventDefault();
          void commit();
        }
        if (event.key === 'Escape' && draft !== null) {
          event.preventDefault();
          event.stopPropagation();
          setDraft(null);
          setError(null);
        }
      }}
    />
  );
}
