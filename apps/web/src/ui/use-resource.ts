import { useCallback, useEffect, useRef, useState } from 'react';

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads again; resolves with the fresh data (or undefined when it failed). */
  reload(): Promise<T | undefined>;
}

/** Loads data for a page, again whenever `key` changes; a stale answer never overwrites a newer one. */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const fresh = await loader.current();
      if (mine === generation.current) {
        setData(fresh);
        setError(undefined);
      }
      return fresh;
    } catch (problem) {
      if (mine === generation.current) setError(problem);
      return undefined;
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [key, reload]);

  return { data, error, loading, reload };
}
