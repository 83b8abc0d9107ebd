/**
 * The largest import upload this process can hold while it validates it. Validation keeps every valid row
 * (typed objects, not the text) until the write: measured at about 5 bytes of heap per byte of CSV for the
 * participants file, the densest section (bench/RESULTS.md, "Import memory"); a factor of 8 leaves room for
 * the write's batches and for the service itself. The configured TRELLIS_IMPORT_LIMIT_MB applies when smaller.
 */
import { getHeapStatistics } from 'node:v8';

export const HEAP_BYTES_PER_UPLOAD_BYTE = 8;

export function importLimitFor(
  configuredBytes: number,
  heapLimitBytes = getHeapStatistics().heap_size_limit,
): number {
  return Math.min(configuredBytes, Math.floor(heapLimitBytes / HEAP_BYTES_PER_UPLOAD_BYTE));
}
