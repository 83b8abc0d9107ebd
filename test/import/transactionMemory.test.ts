import { describe, expect, it } from 'vitest';
import { exceedsTransactionMemory } from '../../server/import/importer.ts';

describe('exceedsTransactionMemory', () => {
  it("recognises Neo4j's transaction memory refusals, by code or by the setting it names", () => {
    const xl = new Error(
      'The allocation of an extra 2.0 MiB would use more than the limit 7.2 GiB. Currently using 7.2 GiB. ' +
        'db.memory.transaction.max threshold reached',
    );
    expect(exceedsTransactionMemory(xl)).toBe(true);
    expect(exceedsTransactionMemory({ code: 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' })).toBe(
      true,
    );
    expect(exceedsTransactionMemory({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' })).toBe(
      false,
    );
    expect(exceedsTransactionMemory(new Error('connection reset'))).toBe(false);
    expect(exceedsTransactionMemory(undefined)).toBe(false);
  });
});
