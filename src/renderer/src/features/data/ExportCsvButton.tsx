import { Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet } from '@tabler/icons-react';
import { ProgressModal } from './ProgressModal';
import { useCsvExport } from './useCsvExport';
import { formatCount } from '../../lib/numbers';

export interface ExportCsvButtonProps {
  /** Ids of the claims the table shows, in its order; read only when the user exports. */
  getShownIds: () => readonly string[];
  /** How many claims the table shows. */
  shownCount: number;
  /** True when a filter or search narrows the table ("the 40 filtered claims"). */
  filtered: boolean;
  /** The rows checked for bulk edits, if any; exported in table order. */
  selectedIds?: ReadonlySet<string>;
  size?: 'xs' | 'sm';
  /** While the table's rows are still loading. */
  disabled?: boolean;
}

const n = formatCount;

/**
 * "Export CSV" for the claims table's toolbar: the claims shown (the current filter), the checked
 * ones, or all of them, as a CSV file for spreadsheets (UTF-8 with BOM, formulas neutralised).
 */
export function ExportCsvButton({
  getShownIds,
  shownCount,
  filtered,
  selectedIds,
  size = 'sm',
  disabled = false,
}: ExportCsvButtonProps) {
  const { run, progress } = useCsvExport();
  const selected = selectedIds?.size ?? 0;
  const busy = progress !== null;
  const exportShown = () => void run(getShownIds(), filtered ? 'filtered-claims' : 'claims');
  const exportSelected = () => {
    const chosen = selectedIds ?? new Set<string>();
    void run(
      getShownIds().filter((id) => chosen.has(id)),
      'selected-claims',
    );
  };
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={300}>
        <Menu.Target>
          <Button
            size={size}
            variant="default"
            leftSection={<IconFileSpreadsheet size={16} />}
            rightSection={<IconChevronDown size={14} />}
            loading={busy}
            disabled={disabled}
            data-testid="export-csv"
          >
            Export CSV
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={exportShown} disabled={shownCount === 0} data-testid="export-shown">
            {filtered
              ? `The ${n(shownCount)} filtered claims`
              : `All ${n(shownCount)} claims shown`}
          </Menu.Item>
          {selected > 0 && (
            <Menu.Item onClick={exportSelected} data-testid="export-selected">
              The {n(selected)} checked claim{selected === 1 ? '' : 's'}
            </Menu.Item>
          )}
          {filtered && (
            <Menu.Item onClick={() => void run(null, 'claims')} data-testid="export-all">
              All claims in the store
            </Menu.Item>
          )}
          <Menu.Divider />
          <Text size="xs" c="dimmed" px="sm" py={4}>
            One row per claim, in table order. Edit statuses, tags, notes or speakers in a
            spreadsheet and re-import the file on the Data screen.
          </Text>
        </Menu.Dropdown>
      </Menu>
      <ProgressModal title="Exporting claims" progress={progress} />
    </>
  );
}
