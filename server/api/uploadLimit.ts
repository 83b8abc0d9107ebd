/**
 * The largest import upload this process can hold while it validates it. Validation keeps every valid row
 * (typed objects, not the text) until the write: a 32 MB upload of engagements and participants (the densest
 * sections) raised the process's resident memory by 14 bytes per byte (test/integration/api/importLarge,
 * bench/RESULTS.md); 16 leaves room for the write's batches. With Node's default heap of ~4 GB that is ~256 MB,
 * the default TRELLIS_IMPORT_LIMIT_MB, which applies when smaller.
 */
import { getHeapStatistics } from 'node:v8';

export const HEAP_BYTES_PER_UPLOAD_BYTE = 16;

export function importLimitFor(
  configuredBytes: number,
  heapLimitBytes = getHeapStatistics().heap_size_limit,
): number {
  return Math.min(configuredBytes, Math.floor(heapLimitBytes / HEAP_BYTES_PER_UPLOAD_BYTE));
}
