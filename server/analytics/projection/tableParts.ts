/**
 * One engagement table from parts (chunks of stored slots, and rows read where no chunk is current), given in
 * time order, keeping only the engagements in [since, to): the same table, in the same order and with the same
 * person numbers, as one read of the range row by row. Persons are interned on first sight across the parts,
 * and the ranks of their ids are computed once for the whole.
 */
import { ranks, type EngagementTable } from './engagementTable.ts';
import type { TablePart } from './chunkCodec.ts';

export function joinParts(parts: readonly TablePart[], since: number, to: number): EngagementTable {
  const kept = parts.map((part) => keptRows(part, since, to));
  const size = kept.reduce((sum, rows) => sum + rows.length, 0);
  const links = kept.reduce(
    (sum, rows, p) => sum + rows.reduce((n, i) => n + parts[p]!.start[i + 1]! - parts[p]!.start[i]!, 0),
    0,
  );
  const out = emptyTable(size, links);
  let [row, link] = [0, 0];
  parts.forEach((part, p) => {
    const person = new Int32Array(part.personIds.length).fill(-1); // interned on first sight, as a read does
    for (const i of kept[p]!) {
      copyEngagement(part, i, out, row);
      for (let k = part.start[i]!; k < part.start[i + 1]!; k++, link++) {
        const local = part.participant[k]!;
        if (person[local] === -1) person[local] = intern(out, part.personIds[local]!);
        out.participant[link] = person[local]!;
        out.initiator[link] = part.initiator[k]!;
      }
      out.start[++row] = link;
    }
  });
  out.rank = ranks(out.personIds);
  return out;
}

function keptRows(part: TablePart, since: number, to: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < part.size; i++) if (part.at[i]! >= since && part.at[i]! < to) rows.push(i);
  return rows;
}

function emptyTable(size: number, links: number): EngagementTable {
  return {
    personIds: [],
    personNumber: new Map(),
    rank: new Int32Array(0),
    size,
    at: new Float64Array(size),
    promisedBy: new Float64Array(size),
    deliveredAt: new Float64Array(size),
    kind: new Array<string>(size),
    durationMin: new Float64Array(size),
    negotiated: new Uint8Array(size),
    outcome: new Array<string | null>(size),
    sentiment: new Float64Array(size),
    start: new Int32Array(size + 1),
    participant: new Int32Array(links),
    initiator: new Uint8Array(links),
  };
}

function copyEngagement(from: TablePart, i: number, to: EngagementTable, row: number): void {
  to.at[row] = from.at[i]!;
  to.promisedBy[row] = from.promisedBy[i]!;
  to.deliveredAt[row] = from.deliveredAt[i]!;
  to.kind[row] = from.kind[i]!;
  to.durationMin[row] = from.durationMin[i]!;
  to.negotiated[row] = from.negotiated[i]!;
  to.outcome[row] = from.outcome[i]!;
  to.sentiment[row] = from.sentiment[i]!;
}

function intern(table: EngagementTable, id: string): number {
  let n = table.personNumber.get(id);
  if (n === undefined) {
    n = table.personIds.push(id) - 1;
    table.personNumber.set(id, n);
  }
  return n;
}
