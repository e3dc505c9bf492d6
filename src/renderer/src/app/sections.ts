import {
  IconBuildingBroadcastTower,
  IconChartBar,
  IconChecklist,
  IconColumns,
  IconDatabase,
  IconFileText,
  IconGridDots,
  IconSettings,
  IconTable,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export interface SectionDefinition {
  id: string;
  label: string;
  path: string;
  icon: Icon;
  /** Mantine hotkey that opens the section, also shown in tooltips and the help overlay. */
  hotkey: string;
}

/** The app's screens, in the order of the header's navigation. */
export const sections: SectionDefinition[] = [
  { id: 'sources', label: 'Sources', path: '/sources', icon: IconFileText, hotkey: 'alt+1' },
  { id: 'review', label: 'Review', path: '/review', icon: IconChecklist, hotkey: 'alt+2' },
  { id: 'claims', label: 'Claims', path: '/claims', icon: IconTable, hotkey: 'alt+3' },
  { id: 'compare', label: 'Compare', path: '/compare', icon: IconColumns, hotkey: 'alt+4' },
  { id: 'evidence', label: 'Evidence', path: '/evidence', icon: IconGridDots, hotkey: 'alt+5' },
  { id: 'speakers', label: 'Speakers', path: '/speakers', icon: IconUsers, hotkey: 'alt+6' },
  {
    id: 'outlets',
    label: 'Outlets',
    path: '/outlets',
    icon: IconBuildingBroadcastTower,
    hotkey: 'alt+7',
  },
  { id: 'overview', label: 'Overview', path: '/overview', icon: IconChartBar, hotkey: 'alt+8' },
  { id: 'data', label: 'Data', path: '/data', icon: IconDatabase, hotkey: 'alt+9' },
  { id: 'settings', label: 'Settings', path: '/settings', icon: IconSettings, hotkey: 'alt+0' },
];

/** The section a location belongs to (`/sources/abc` → sources). */
export function sectionOf(location: string): SectionDefinition {
  return (
    sections.find((s) => location === s.path || location.startsWith(`${s.path}/`)) ?? sections[0]!
  );
}
