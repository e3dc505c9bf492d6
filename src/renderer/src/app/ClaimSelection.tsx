import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

interface ClaimSelection {
  selectedClaimId: string | null;
  selectClaim: (id: string | null) => void;
  /** The claims the current screen shows, in order, so "next" and "previous" mean what the user sees. */
  claimOrder: readonly string[];
  setClaimOrder: (ids: readonly string[]) => void;
  /** Moves the selection along `claimOrder`; returns false at either end. */
  step: (direction: 1 | -1) => boolean;
}

const ClaimSelectionContext = createContext<ClaimSelection | null>(null);

export function ClaimSelectionProvider({ children }: { children: ReactNode }) {
  const [selectedClaimId, selectClaim] = useState<string | null>(null);
  const [claimOrder, setOrderState] = useState<readonly string[]>([]);
  const orderRef = useRef(claimOrder);
  const selectedRef = useRef(selectedClaimId);
  selectedRef.current = selectedClaimId;

  const setClaimOrder = useCallback((ids: readonly string[]) => {
    orderRef.current = ids;
    setOrderState(ids);
  }, []);

  const step = useCallback((direction: 1 | -1) => {
    const order = orderRef.current;
    if (order.length === 0) return false;
    const index = selectedRef.current ? order.indexOf(selectedRef.current) : -1;
    const next = index === -1 ? (direction === 1 ? 0 : order.length - 1) : index + direction;
    if (next < 0 || next >= order.length) return false;
    selectClaim(order[next]!);
    return true;
  }, []);

  const value = useMemo(
    () => ({ selectedClaimId, selectClaim, claimOrder, setClaimOrder, step }),
    [selectedClaimId, claimOrder, setClaimOrder, step],
  );
  return <ClaimSelectionContext.Provider value={value}>{children}</ClaimSelectionContext.Provider>;
}

export function useClaimSelection(): ClaimSelection {
  const selection = useContext(ClaimSelectionContext);
  if (!selection)
    throw new Error('useClaimSelection must be used inside <ClaimSelectionProvider>.');
  return selection;
}
