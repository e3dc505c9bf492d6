import { Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

/**
 * The claim's note: typed freely, saved when the field loses focus or after a pause in typing,
 * so one edit is one history step rather than one per keystroke. `onSave` resolves false when
 * the note was not stored (a full disk): the typed text stays, marked as not saved, and leaving
 * the field tries again.
 */
export function NoteEditor({
  value,
  onSave,
}: {
  value: string;
  onSave: (note: string) => Promise<boolean>;
}) {
  const [draft, setDraft] = useState(value);
  const [unsaved, setUnsaved] = useState(false);
  const saved = useRef(value);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // A change from elsewhere (undo, another window) replaces the draft unless the user is typing.
  useEffect(() => {
    if (timer.current === undefined) setDraft(value);
    saved.current = value;
    setUnsaved(false);
  }, [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = (note: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (note !== saved.current) {
      const before = saved.current;
      saved.current = note;
      void onSave(note).then((stored) => {
        if (stored || saved.current !== note) return;
        saved.current = before;
        setUnsaved(true);
      });
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
      error={
        unsaved ? 'Not saved: this text is only on screen. Leave the field to try again.' : null
      }
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
