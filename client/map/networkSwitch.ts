/**
 * "What people do / What people say": which network the map draws — the ties of engagements (behaviour) or
 * the ties people named in a survey (issue 13 item 4). Two radio buttons write `network` into the state (and
 * the URL), which refetches the map; the caption says which network the drawn answer describes, so the two are
 * never taken for one another.
 */
import type { GraphAnswer } from '../../server/schema/graph.ts';
import type { NetworkKind } from '../../server/schema/survey.ts';
import { el } from '../shell/dom.ts';

const OPTIONS: Array<[NetworkKind, string, string]> = [
  ['behaviour', 'What people do', 'Ties from engagements: meetings, tickets, transactions'],
  ['survey', 'What people say', 'Ties people named in a survey ("Whom do you go to for advice?")'],
];

const CAPTIONS: Record<NetworkKind, string> = {
  behaviour: 'Showing what people do: ties from engagements.',
  survey: 'Showing what people say: ties named in the survey.',
};

export class NetworkSwitch {
  readonly element: HTMLElement;
  private readonly radios: HTMLInputElement[];
  private readonly caption = el('span', {
    className: 'network-shown muted',
    attrs: { id: 'map-network-shown' },
  });

  constructor(change: (network: NetworkKind) => void) {
    this.radios = OPTIONS.map(([value, , help]) => {
      const radio = el('input', {
        attrs: { type: 'radio', name: 'map-network', value, id: `map-network-${value}`, title: help },
      });
      radio.addEventListener('change', () => radio.checked && change(value));
      return radio;
    });
    this.element = el('fieldset', { className: 'field network-switch', attrs: { id: 'map-network' } }, [
      el('legend', { text: 'Network' }),
      ...OPTIONS.map(([, label], i) => el('label', { className: 'check' }, [this.radios[i]!, ` ${label}`])),
      this.caption,
    ]);
  }

  /** The state's choice in the radios; the caption names the network of the answer drawn (none yet: the state's). */
  update(network: NetworkKind, answer: GraphAnswer | undefined): void {
    this.radios.forEach((radio, i) => (radio.checked = OPTIONS[i]![0] === network));
    this.caption.textContent = CAPTIONS[answer?.network ?? network];
  }
}
