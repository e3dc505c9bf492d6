import { createDatabase } from '../../db/db';
import { SearchHost } from './host';
import type { ClientMessage, HostMessage } from './protocol';

/** The search index's own thread: building and querying it never blocks the page. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ClientMessage>) => void) | null;
  postMessage: (message: HostMessage, transfer?: Transferable[]) => void;
};
let host: SearchHost | null = null;

const send = (message: HostMessage) => {
  if (message.type === 'result') {
    const { hits } = message;
    scope.postMessage(message, [
      hits.claimSlots.buffer,
      hits.claimScores.buffer,
      hits.sourceScores.buffer,
    ]);
  } else scope.postMessage(message);
};

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    host?.close();
    host = new SearchHost(createDatabase(message.dbName), send, message.part);
    host.start();
  } else host?.receive(message);
};
