import { Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

/**
 * The claim's note: typed freely, saved when the field loses focus or after a pause in typing,
 * so one edit is one history step rather than one per keystroke.
 */
export function NoteEditor({ value, onSave }: { value: string; onSave: (note: string) => void }) {
  const [draft, setDraft] = useState(value);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // A change from elsewhere (undo, another window) replaces the draft unless the user is typing.
  useEffect(() => {
    if (timer.current === undefined) setDraft(value);
    saved.current = value;
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = (note: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (note !== saved.current) {
      saved.current = note;
      onSave(note);
    }
  };

  return (
    <Textarea
      label="Note"
      placeholder="What you checked, where, and what you found"
      autosize
      minRows={2}
      maxRows={8}
      value={draft}
      data-testid="claim-note"
      onChange={(event) => {
        const note = event.currentTarget.value;
        setDraft(note);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => save(note), 1200);
      }}
      onBlur={() => save(draft)}
    />
  );
}
