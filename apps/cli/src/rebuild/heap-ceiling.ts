import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Keeps the heap near `bytes`. A rebuild holds a few MB alive but allocates hundreds per second, and V8 lets
 * such a heap grow to several times what is alive before it collects (a 100,000-event rebuild reached
 * 370 MB of heap, 560 MB of RSS). Called after each batch, it runs a full collection (some 40 ms) once the
 * heap passes the ceiling. Node's flags cannot be given to `npm run par`, so `gc` is exposed here.
 */
export function heapCeiling(bytes: number): () => void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  return () => {
    if (getHeapStatistics().used_heap_size > bytes) gc();
  };
}
