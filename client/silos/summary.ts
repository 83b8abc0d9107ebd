/**
 * The silos view's summary line, in words: which network, how many units are flagged, the window, the
 * organisation's E-I index against random mixing and modularity, and what the privacy floor left out. Read
 * aloud when the answer arrives, so it names the network first: the two are never taken for one another.
 */
import type { SilosAnswer } from '../api/analytics.ts';
import { NETWORK_NAMES } from '../network/networkSwitch.ts';
import { formatNumber } from '../shell/dom.ts';

export function silosSummary(silos: SilosAnswer): string {
  const flagged = silos.units.filter((unit) => unit.flagged).length;
  const { ei, formalModularity } = silos.organisation;
  const network = NETWORK_NAMES[silos.network];
  return (
    `In ${network}: ${flagged} of ${silos.units.length} units flagged isolated; window ${silos.window.key}, ` +
    `${silos.window.from.slice(0, 10)} to ${silos.window.to.slice(0, 10)}. Organisation E-I ` +
    `${formatNumber(ei.value)} (random mixing ${formatNumber(ei.baseline)}), modularity of the units ` +
    `${formatNumber(formalModularity)}.` +
    (silos.privacy.suppressedUnits
      ? ` ${silos.privacy.suppressedUnits} units below the privacy floor (${silos.privacy.minGroupSize} people) are left out.`
      : '')
  );
}
