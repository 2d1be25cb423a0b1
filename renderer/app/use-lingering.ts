import { useEffect, useState } from 'react';

/** `flag`, but turning true only once it has stayed true for `delayMs` (false at once). */
export function useLingering(flag: boolean, delayMs: number): boolean {
  const [lingering, setLingering] = useState(false);
  useEffect(() => {
    if (!flag) {
      setLingering(false);
      return;
    }
    const timer = setTimeout(() => setLingering(true), delayMs);
    return () => clearTimeout(timer);
  }, [flag, delayMs]);
  return lingering;
}
