/**
 * Where the silos view offers introductions (analysts): on the selected unit when it is isolated or hangs on one
 * person, and on each single point of failure ("who could become a second bridge?"). GET /api/introductions
 * reads the engagements only, so the survey network's silos (what people say) offer none.
 */
import type { SilosAnswer } from '../api/analytics.ts';
import { el } from '../shell/dom.ts';
import type { Separation } from './failures.ts';
import { IntroductionsPanel, type IntroductionsDeps } from './introductions.ts';

export class IntroductionOffers {
  readonly panel: IntroductionsPanel;
  /** The button of the selected unit, if it is offered. */
  readonly selection = el('p', { className: 'introductions-selection' });
  private silos: SilosAnswer | undefined;
  private analyst = false;

  constructor(deps: IntroductionsDeps) {
    this.panel = new IntroductionsPanel(deps);
  }

  /** The answer the offers are about (none while loading), and whether the caller may see people. */
  use(silos: SilosAnswer | undefined, analyst: boolean): void {
    this.silos = silos;
    this.analyst = analyst;
    if (!silos) this.panel.clear();
  }

  /** The selected unit, if isolated or hanging on one person, offers its introductions. */
  offerFor(node: string | null, window: string): void {
    const unit = this.silos?.units.find((u) => u.id === node);
    const hangs = this.silos?.singlePointsOfFailure.people.some((s) => dependentUnit(s) === node);
    const offered = this.offered() && unit && (unit.flagged || hangs);
    this.selection.replaceChildren(
      offered ? this.panel.button(unit.id, window, `Who could connect ${unit.name}?`) : '',
    );
  }

  /** The button of a single point of failure, where introductions are offered at all. */
  bridge(window: string): ((separation: Separation) => HTMLElement | null) | undefined {
    if (!this.offered()) return undefined;
    return (separation) => {
      const unit = dependentUnit(separation);
      const name = separation.people?.[0]?.name;
      if (!unit || !name) return null;
      const question = `Who depends on ${name}, and who could become a second bridge?`;
      return this.panel.button(unit, window, question);
    };
  }

  private offered(): boolean {
    return this.analyst && this.silos?.network === 'behaviour';
  }
}

/** The units that reach the others only through the person: the smallest side of the separation. */
function dependentUnit(separation: Separation): string | undefined {
  const sides = [...separation.groups].sort((a, b) => a.units.length - b.units.length);
  return sides[0]?.units[0] ?? separation.units[0];
}
