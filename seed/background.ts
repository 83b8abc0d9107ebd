/**
 * Everyday activity: each person starts a Poisson number of engagements a month — one-on-one meetings and
 * transactions (often negotiated, with promises), support tickets, unit meetings and community events — mostly
 * inside their unit and with the providers that serve them. The planted units keep their shape: the isolated
 * department talks to itself, the broker's department reaches outside only through the broker, and planted
 * business–provider pairs get their activity from plantedActivity.ts alone.
 */
import { MONTHS, momentIn } from './calendar.ts';
import type { Draft, EngagementWriter, PromiseProfile } from './engagementWriter.ts';
import type { Org } from './orgModel.ts';
import type { Rng } from '../server/prng.ts';

const PROVIDER_WEIGHTS: Record<string, number> = {
  'prov-it': 0.3,
  'prov-it-desk': 0.1,
  'prov-hr': 0.15,
  'prov-finance': 0.15,
  'prov-legal': 0.08,
  'prov-facilities': 0.1,
};
const VENDOR_WEIGHT = 0.04;

export class Background {
  private readonly plantedPairs: Set<string>;
  private readonly providerWeights: number[];
  private readonly served: Map<string, string[]>;
  private readonly openDepartments: string[];
  private readonly everyone: string[];
  private readonly departments: Set<string>;
  private readonly brms: Set<string>;

  constructor(
    private readonly org: Org,
    private readonly rng: Rng,
    private readonly writer: EngagementWriter,
  ) {
    const p = org.planted;
    this.plantedPairs = new Set(
      [p.growing, p.declining, p.orderTaker, p.strategicPartner].map(
        (r) => `${r.providerId}|${r.departmentId}`,
      ),
    );
    this.providerWeights = org.providers.map((id) => PROVIDER_WEIGHTS[id] ?? VENDOR_WEIGHT);
    this.served = new Map(
      org.providers.map((id) => [
        id,
        org.serves.filter((s) => s.providerId === id).map((s) => s.departmentId),
      ]),
    );
    this.served.set('prov-it-desk', org.departments);
    this.openDepartments = org.departments.filter(
      (d) => d !== p.isolatedDepartment && d !== p.brokerDepartment,
    );
    this.departments = new Set(org.departments);
    this.brms = new Set(org.brms);
    this.everyone = org.people.map((person) => person.id).filter((id) => this.reachable(id));
  }

  run(engagementsPerPerson: number): void {
    const rate = engagementsPerPerson / MONTHS;
    for (let month = 0; month < MONTHS; month++) {
      for (const person of this.org.people) {
        const n = this.rng.poisson(rate);
        for (let i = 0; i < n; i++) this.initiate(person.id, month);
      }
    }
  }

  /** Whether people outside the person's unit may pick them as a contact. */
  private reachable(personId: string): boolean {
    const unit = this.org.unitOf.get(personId)!;
    const p = this.org.planted;
    return unit !== p.isolatedDepartment && (unit !== p.brokerDepartment || personId === p.broker);
  }

  private initiate(personId: string, month: number): void {
    const unit = this.org.unitOf.get(personId)!;
    const p = this.org.planted;
    const at = momentIn(month, this.rng);
    let draft: Draft | null;
    if (unit === p.isolatedDepartment)
      draft = this.rng.chance(0.01)
        ? this.support(personId, 'prov-it-desk', at)
        : this.internal(personId, unit, at);
    else if (unit === p.brokerDepartment && personId !== p.broker)
      draft = this.rng.chance(0.25)
        ? this.oneOnOne(personId, p.broker, at, 'reliable')
        : this.internal(personId, unit, at);
    else if (personId === p.broker) draft = this.brokerActivity(personId, at);
    else if (this.departments.has(unit)) draft = this.businessActivity(personId, unit, at);
    else draft = this.providerActivity(personId, unit, at);
    if (draft) this.writer.add(draft);
  }

  private internal(personId: string, unit: string, at: number): Draft {
    const members = this.org.members.get(unit)!;
    if (this.rng.chance(0.15) && members.length >= 3) {
      return {
        kind: 'meeting',
        at,
        people: [personId, ...this.rng.sample(members, this.rng.int(2, Math.min(7, members.length - 1)))],
        negotiated: false,
      };
    }
    return this.oneOnOne(personId, this.rng.pick(members), at, 'reliable');
  }

  private oneOnOne(a: string, b: string, at: number, profile: PromiseProfile): Draft {
    const kind = this.rng.chance(0.7) ? 'meeting' : 'transaction';
    return { kind, at, people: [a, b], negotiated: this.rng.chance(0.35), profile };
  }

  private support(personId: string, providerId: string, at: number): Draft {
    const staff = this.org.members.get(providerId)!;
    return {
      kind: 'support',
      at,
      people: [personId, this.rng.pick(staff)],
      negotiated: this.rng.chance(0.2),
      mood: 0.2,
    };
  }

  private businessActivity(personId: string, unit: string, at: number): Draft | null {
    const r = this.rng.float();
    if (r < 0.4) return this.internal(personId, unit, at);
    if (r < 0.72)
      return this.withProvider(
        personId,
        unit,
        this.org.providers[this.rng.weighted(this.providerWeights)]!,
        at,
      );
    if (r < 0.84) {
      const desk = this.rng.chance(0.6)
        ? 'prov-it-desk'
        : this.rng.pick(['prov-hr', 'prov-facilities', 'prov-finance']);
      return this.plantedPairs.has(`${desk}|${unit}`) ? null : this.support(personId, desk, at);
    }
    if (r < 0.97)
      return this.oneOnOne(personId, this.contactIn(this.rng.pick(this.openDepartments)), at, 'reliable');
    return this.community(personId, at);
  }

  private withProvider(personId: string, department: string, providerId: string, at: number): Draft | null {
    if (this.plantedPairs.has(`${providerId}|${department}`)) return null;
    const profile = providerId === this.org.planted.promiseBreakingProvider ? 'breaking' : 'reliable';
    return {
      ...this.oneOnOne(personId, this.rng.pick(this.org.members.get(providerId)!), at, profile),
      negotiated: this.rng.chance(0.55),
      mood: profile === 'breaking' ? -0.2 : 0.35,
    };
  }

  private providerActivity(personId: string, unit: string, at: number): Draft | null {
    const r = this.rng.float();
    const brm = this.brms.has(personId);
    if (r < (brm ? 0.2 : 0.5)) return this.internal(personId, unit, at);
    if (r < 0.85) {
      const departments = this.served.get(unit)!.filter((d) => d !== this.org.planted.isolatedDepartment);
      const department = departments.length
        ? this.rng.pick(departments)
        : this.rng.pick(this.openDepartments);
      if (this.plantedPairs.has(`${unit}|${department}`)) return null;
      const profile = unit === this.org.planted.promiseBreakingProvider ? 'breaking' : 'reliable';
      return {
        ...this.oneOnOne(personId, this.contactIn(department), at, profile),
        mood: profile === 'breaking' ? -0.2 : 0.35,
      };
    }
    if (r < 0.97)
      return this.oneOnOne(
        personId,
        this.rng.pick(this.org.members.get(this.rng.pick(this.org.providers))!),
        at,
        'reliable',
      );
    return this.community(personId, at);
  }

  private brokerActivity(personId: string, at: number): Draft {
    const r = this.rng.float();
    if (r < 0.2) return this.internal(personId, this.org.planted.brokerDepartment, at);
    if (r < 0.7)
      return this.oneOnOne(personId, this.rng.pick(this.org.members.get('prov-it')!), at, 'reliable');
    return this.oneOnOne(personId, this.contactIn(this.rng.pick(this.openDepartments)), at, 'reliable');
  }

  private community(personId: string, at: number): Draft {
    const people = [personId];
    const units = new Set([this.org.unitOf.get(personId)!]);
    for (let i = this.rng.int(5, 20); i > 0; i--) {
      const attendee = this.rng.pick(this.everyone);
      const unit = this.org.unitOf.get(attendee)!;
      if (this.joinsPlantedPair(unit, units)) continue; // planted pairs get their activity from plantedActivity.ts
      people.push(attendee);
      units.add(unit);
    }
    return { kind: 'community', at, people, negotiated: false, mood: 0.5 };
  }

  /** Whether a person of `unit` would bring both sides of a planted relationship into one event. */
  private joinsPlantedPair(unit: string, present: Set<string>): boolean {
    for (const other of present)
      if (this.plantedPairs.has(`${unit}|${other}`) || this.plantedPairs.has(`${other}|${unit}`)) return true;
    return false;
  }

  /** Whom an outsider meets in a department: anyone, except in the broker's department (only the broker). */
  private contactIn(department: string): string {
    return department === this.org.planted.brokerDepartment
      ? this.org.planted.broker
      : this.rng.pick(this.org.members.get(department)!);
  }
}
