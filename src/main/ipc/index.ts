import { registerAppHandlers } from './app-info';
import { registerFileHandlers } from './files';
import { registerSeedHandlers } from './seeds';

/** Every `domain:verb` channel of `@shared/ipc`, one file per domain. */
export function registerIpcHandlers(): void {
  registerSeedHandlers();
  registerFileHandlers();
  registerAppHandlers();
}
