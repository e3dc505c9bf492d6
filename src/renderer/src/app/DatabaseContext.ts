import { createContext, useContext } from 'react';
import { db as appDatabase, type ClaimdeskDB } from '../db/db';

/** The store the UI reads and writes; tests provide their own. */
export const DatabaseContext = createContext<ClaimdeskDB>(appDatabase);

export const useDatabase = (): ClaimdeskDB => useContext(DatabaseContext);
