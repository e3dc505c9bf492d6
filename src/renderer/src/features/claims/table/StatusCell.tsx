import { createTheme, MantineThemeProvider, Select } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { StatusDefinition } from '@shared/statuses';
import { StatusSelect } from '../StatusSelect';
import classes from './ClaimsView.module.css';

// The row's select is narrow; its options (a label and a description each) get room to read.
const rowSelectTheme = createTheme({
  components: {
    Select: Select.extend({
      defaultProps: { maxDropdownHeight: 420 },
      classNames: { dropdown: classes.statusDropdown },
    }),
  },
});

/**
 * A row's status: a plain button showing it (cheap enough for every row on screen), which turns
 * into the app's StatusSelect, opened, when clicked. A Mantine Select in each of ~30 rows costs
 * tens of milliseconds whenever the rows change (every filter, every scroll step).
 */
export function StatusCell({
  status,
  statuses,
  onChange,
  onEditing,
  disabled = false,
}: {
  disabled?: boolean;
  /** Told when the menu opens and closes. */
  onEditing?: (on: boolean) => void;
  status: StatusDefinition;
  statuses: StatusDefinition[];
  onChange: (status: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);

  // The row is told when the menu opens and closes (also by unmounting while open), nothing more:
  // every row on screen mounts a cell at each new result.
  const tell = useRef(onEditing);
  tell.current = onEditing;
  const told = useRef(false);
  useEffect(() => {
    if (editing === told.current) return;
    told.current = editing;
    tell.current?.(editing);
  }, [editing]);
  useEffect(
    () => () => {
      if (told.current) tell.current?.(false);
    },
    [],
  );

  useEffect(() => {
    if (!editing) return;
    const input = wrapper.current?.querySelector('input');
    input?.focus();
    input?.click();
  }, [editing]);

  if (!editing) {
    return (
      <button
        type="button"
        className={classes.statusButton}
        data-testid="status-cell"
        disabled={disabled}
        aria-label={disabled ? `Status: ${status.label}` : `Status: ${status.label}. Change it`}
        title={`${status.label}: ${status.description}`}
        onClick={() => setEditing(true)}
      >
        <span
          className={classes.swatch}
          style={{ background: `var(--mantine-color-${status.color}-5)` }}
        />
        {status.label}
      </button>
    );
  }
  return (
    <div
      ref={wrapper}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        // The options live in a portal: leaving for them is not leaving.
        if (
          next &&
          (wrapper.current?.contains(next) ||
            (next instanceof Element && next.closest('[role="listbox"]')))
        )
          return;
        setEditing(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setEditing(false);
      }}
    >
      <MantineThemeProvider theme={rowSelectTheme}>
        <StatusSelect
          size="xs"
          statuses={statuses}
          value={status.id}
          onChange={(next) => {
            setEditing(false);
            onChange(next);
          }}
        />
      </MantineThemeProvider>
    </div>
  );
}
