import { createContext, useContext, type RefObject } from 'react';

/**
 * Commands the open reader offers to global shortcuts and the command palette (the reader sets
 * them while it is mounted).
 */
export const ReaderCommandsContext = createContext<{
  markSelection: RefObject<(() => void) | null>;
} | null>(null);

export function useReaderCommands() {
  const commands = useContext(ReaderCommandsContext);
  if (!commands) throw new Error('useReaderCommands must be used inside ReaderCommandsContext.');
  return commands;
}
