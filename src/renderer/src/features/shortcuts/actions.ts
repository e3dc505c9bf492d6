/** One thing a user can do from anywhere: by its hotkey, the command palette or the help overlay. */
export interface AppAction {
  id: string;
  label: string;
  group: 'Navigate' | 'Claim' | 'Review' | 'Reader' | 'History' | 'App';
  description?: string;
  /** Mantine hotkey syntax ("alt+1", "mod+shift+z"); shown in the UI. */
  hotkey?: string;
  /** Shown instead of `hotkey` when several keys share one entry ("1–6"). */
  keysLabel?: string;
  /** Listed in the palette and help but not bound by the generic handler (bound elsewhere). */
  boundElsewhere?: boolean;
  enabled: boolean;
  run: () => void;
}

const keyNames: Record<string, string> = {
  mod: navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl',
  alt: 'Alt',
  shift: 'Shift',
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  escape: 'Esc',
  delete: 'Del',
  slash: '/',
};

/** "mod+shift+z" → ["Ctrl", "Shift", "Z"], for <Kbd> display. */
export function hotkeyParts(hotkey: string): string[] {
  return hotkey.split('+').map((part) => keyNames[part.toLowerCase()] ?? part.toUpperCase());
}
