/**
 * Turns one drafted engagement into bundle rows: the engagement (kind, time, promise and its outcome,
 * sentiment) and its participants (first = initiator, second = counterpart, the rest attendees).
 */
import type { EngagementRow, ParticipantRow } from '../server/schema/bundle.ts';
import { DAY, HISTORY_END, iso } from './calendar.ts';
import { TOPICS } from './names.ts';
import type { Rng } from '../server/prng.ts';

export type Kind = EngagementRow['kind'];
/** How a party keeps promises: reliable most of the time, or a planted promise breaker. */
export type PromiseProfile = 'reliable' | 'breaking';

export interface Draft {
  kind: Kind;
  at: number;
  people: string[];
  negotiated: boolean;
  profile?: PromiseProfile;
  /** Mean sentiment of the engagement (default 0.35). */
  mood?: number;
}

const DURATION: Record<Kind, [number, number]> = {
  meeting: [30, 90],
  transaction: [10, 30],
  support: [10, 60],
  community: [60, 120],
};
const KEEPING: Record<PromiseProfile, [number, number]> = { reliable: [0.86, 0.1], breaking: [0.3, 0.3] };

export class EngagementWriter {
  readonly engagements: EngagementRow[] = [];
  readonly participants: ParticipantRow[] = [];
  private readonly pad: number;

  constructor(
    private readonly rng: Rng,
    expected: number,
  ) {
    this.pad = Math.max(6, String(expected).length + 1);
  }

  add(draft: Draft): void {
    const people = [...new Set(draft.people)];
    if (people.length < 2) return;
    const id = `e-${String(this.engagements.length + 1).padStart(this.pad, '0')}`;
    const rng = this.rng;
    const [min, max] = DURATION[draft.kind];
    const row: EngagementRow = {
      id,
      kind: draft.kind,
      at: iso(draft.at),
      durationMin: rng.int(min / 5, max / 5) * 5,
      topic: rng.pick(TOPICS[draft.kind]!),
      negotiated: draft.negotiated,
      ...this.outcome(draft),
    };
    if (rng.chance(0.7))
      row.sentiment = round2(
        clamp(rng.normal(draft.mood ?? 0.35, 0.25) - (row.outcome === 'missed' ? 0.4 : 0)),
      );
    if (draft.kind === 'transaction') row.value = rng.int(1, 200) * 50;
    this.engagements.push(row);
    people.forEach((personId, i) =>
      this.participants.push({
        engagementId: id,
        personId,
        role: i === 0 ? 'initiator' : i === 1 ? 'counterpart' : 'attendee',
      }),
    );
  }

  /** A promise, when negotiated: due 3–21 days later; kept on time, late or missed by the profile's odds. */
  private outcome(draft: Draft): Pick<EngagementRow, 'outcome' | 'promisedBy' | 'deliveredAt'> {
    const rng = this.rng;
    if (!draft.negotiated)
      return { outcome: draft.kind === 'meeting' || draft.kind === 'community' ? 'agreed' : 'delivered' };
    const due = draft.at + rng.int(3, 21) * DAY;
    if (due >= HISTORY_END) return { outcome: 'agreed', promisedBy: iso(due) };
    const [onTime, late] = KEEPING[draft.profile ?? 'reliable'];
    const r = rng.float();
    if (r < onTime)
      return {
        outcome: 'delivered',
        promisedBy: iso(due),
        deliveredAt: iso(draft.at + rng.int(1, Math.max(1, (due - draft.at) / DAY)) * DAY - 3_600_000),
      };
    const lateAt = due + rng.int(1, 14) * DAY;
    if (r < onTime + late && lateAt < HISTORY_END)
      return { outcome: 'delivered', promisedBy: iso(due), deliveredAt: iso(lateAt) };
    return { outcome: 'missed', promisedBy: iso(due) };
  }
}

function clamp(x: number): number {
  return Math.max(-1, Math.min(1, x));
}

function round2(x: number): number {
  return Math.round(x * 100) / 100 || 0;
}
