/**
 * A small advice survey of the demo org (issue 13 item 4), taken two weeks before the history ends: about a
 * third of the people answer "Whom do you go to for advice on how things get done here?", naming one or two
 * colleagues of their own unit and, more often than not, one planted *advice hub*: a staff member of an
 * ordinary department who engages no more than anyone else. What people say makes them central; what people
 * do does not — the ground truth the survey network must find and the behavioural one must not.
 */
import { HISTORY_END, DAY, iso } from './calendar.ts';
import { plantedDepartments, type Org } from './orgModel.ts';
import type { SurveyTieRow } from '../server/schema/bundle.ts';
import type { Rng } from '../server/prng.ts';

export const ADVICE_QUESTION = 'Whom do you go to for advice on how things get done here?';

export interface Survey {
  surveyTies: SurveyTieRow[];
  /** The person many name and few engage: central in the survey network only. */
  adviceHub: string;
  at: string;
}

export function buildSurvey(org: Org, rng: Rng): Survey {
  const at = iso(HISTORY_END - 14 * DAY + 10 * 3_600_000);
  const hub = adviceHub(org);
  const surveyTies: SurveyTieRow[] = [];
  const name = (personId: string, alterId: string) =>
    surveyTies.push({ personId, alterId, question: ADVICE_QUESTION, at, weight: 1 });
  for (const person of org.people) {
    if (person.id !== hub && !rng.chance(0.3)) continue; // the hub answers too
    const colleagues = (org.members.get(org.unitOf.get(person.id)!) ?? []).filter((id) => id !== person.id);
    const named = new Set<string>();
    if (person.id !== hub && rng.chance(0.6)) named.add(hub);
    for (let k = rng.int(1, 2); k > 0 && colleagues.length > 0; k--) named.add(rng.pick(colleagues));
    named.delete(person.id);
    for (const alter of named) name(person.id, alter);
  }
  return { surveyTies, adviceHub: hub, at };
}

/** A staff member of the first department that carries no planted pattern: an ordinary colleague. */
function adviceHub(org: Org): string {
  const planted = plantedDepartments(org.planted);
  const department = org.departments.find((id) => !planted.has(id))!;
  const isStaff = new Set(org.people.filter((person) => person.role === 'staff').map((person) => person.id));
  const staff = (org.members.get(department) ?? []).filter((id) => isStaff.has(id));
  return staff[staff.length - 1]!;
}
