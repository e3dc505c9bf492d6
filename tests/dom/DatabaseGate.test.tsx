import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DatabaseGate } from '../../src/renderer/src/app/DatabaseGate';
import { createDatabase } from '../../src/renderer/src/db/db';
import { currentSchemaVersion } from '../../src/renderer/src/db/schema';
import fixture from '../fixtures/db/v1-worked-store.json';
import { dumpDatabase, loadDatabase, type RawDatabase } from '../support/rawIdb';
import { render } from './render';

const request = <T,>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

const app = <p>the app</p>;
const future = currentSchemaVersion + 1;

describe('the store gate at start', () => {
  it('shows the app once the store is open (an old one upgraded)', async () => {
    const name = `gate-${crypto.randomUUID()}`;
    await loadDatabase(name, fixture as RawDatabase);
    const db = createDatabase(name);
    render(<DatabaseGate database={db}>{app}</DatabaseGate>, db);
    expect(await screen.findByText('the app')).toBeInTheDocument();
    expect(db.backendDB().version).toBe(currentSchemaVersion * 10);
    db.close();
  });

  it('shows why a store from a newer Claimdesk is not opened, instead of the app, and leaves it as it was', async () => {
    const name = `gate-${crypto.randomUUID()}`;
    const newer: RawDatabase = {
      idbVersion: future * 10,
      stores: [
        {
          name: 'annotations',
          keyPath: 'id',
          autoIncrement: false,
          indexes: [],
          records: [{ id: 'a1', text: `from schema ${future}` }],
        },
      ],
    };
    await loadDatabase(name, newer);
    const db = createDatabase(name);
    render(<DatabaseGate database={db}>{app}</DatabaseGate>, db);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This data needs a newer Claimdesk');
    expect(alert).toHaveTextContent(
      `This data was written by a newer Claimdesk (schema ${future}); this version supports up to schema ${currentSchemaVersion}. Update Claimdesk to open it. Your data has not been changed.`,
    );
    expect(screen.queryByText('the app')).toBeNull();
    expect(await dumpDatabase(name)).toEqual(newer);
  });

  it('replaces the app with a reload notice when another window upgrades the store', async () => {
    const name = `gate-${crypto.randomUUID()}`;
    const db = createDatabase(name);
    const reload = vi.fn();
    render(
      <DatabaseGate database={db} onReload={reload}>
        {app}
      </DatabaseGate>,
      db,
    );
    await screen.findByText('the app');

    (await request(indexedDB.open(name, future * 10))).close();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Claimdesk was updated in another window');
    expect(alert).toHaveTextContent('Everything you saved is kept. Reload to continue.');
    expect(screen.queryByText('the app')).toBeNull();
    expect(db.isOpen()).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it('says it waits for other windows while they hold the store it must upgrade', async () => {
    const name = `gate-${crypto.randomUUID()}`;
    await loadDatabase(name, fixture as RawDatabase);
    const old = await request(indexedDB.open(name, 10)); // ignores version changes
    const db = createDatabase(name);
    render(<DatabaseGate database={db}>{app}</DatabaseGate>, db);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Waiting for other Claimdesk windows',
    );
    old.close();
    await waitFor(() => expect(screen.getByText('the app')).toBeInTheDocument());
    db.close();
  });
});
