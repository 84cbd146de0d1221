import { useEffect, useState } from 'react';
import { Health } from '../../shared/store-api';
import { requestJson } from '../lib/http';

/** The studio's health, asked once: the store uses it to say when payments are only a rehearsal. */
export function useHealth(): Health | null {
  const [health, setHealth] = useState<Health | null>(null);
  useEffect(() => {
    let current = true;
    void requestJson('/api/health', Health).then((result) => {
      if (current && result.ok) setHealth(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return health;
}
