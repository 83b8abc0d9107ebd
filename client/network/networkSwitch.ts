/**
 * "What people do / What people say": which network a view draws — the ties of engagements (behaviour) or the
 * ties people named in a survey (issue 13 item 4). The map and the silos view each show one; both write the one
 * `network` field of the state (and the URL), so the choice carries from view to view. The caption says which
 * network the drawn answer describes, so the two are never taken for one another.
 */
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

/** An answer that says which network it describes (the graph's and the silos' answers do). */
export interface NetworkAnswer {
  network?: NetworkKind;
}

export class NetworkSwitch {
  readonly element: HTMLElement;
  private readonly radios: HTMLInputElement[];
  private readonly caption: HTMLElement;

  /** `prefix` names the view's ids (`map-network-survey`, `silos-network-shown`, …). */
  constructor(change: (network: NetworkKind) => void, prefix = 'map') {
    this.radios = OPTIONS.map(([value, , help]) => {
      const radio = el('input', {
        attrs: {
          type: 'radio',
          name: `${prefix}-network`,
          value,
          id: `${prefix}-network-${value}`,
          title: help,
        },
      });
      radio.addEventListener('change', () => radio.checked && change(value));
      return radio;
    });
    this.caption = el('span', { className: 'network-shown muted', attrs: { id: `${prefix}-network-shown` } });
    this.element = el('fieldset', { className: 'field network-switch', attrs: { id: `${prefix}-network` } }, [
      el('legend', { text: 'Network' }),
      ...OPTIONS.map(([, label], i) => el('label', { className: 'check' }, [this.radios[i]!, ` ${label}`])),
      this.caption,
    ]);
  }

  /** The state's choice in the radios; the caption names the network of the answer drawn (none yet: the state's). */
  update(network: NetworkKind, answer: NetworkAnswer | undefined): void {
    this.radios.forEach((radio, i) => (radio.checked = OPTIONS[i]![0] === network));
    this.caption.textContent = CAPTIONS[answer?.network ?? network];
  }
}

/** The network in words, for a view's summary. */
export const NETWORK_NAMES: Record<NetworkKind, string> = {
  behaviour: 'what people do',
  survey: 'what people say',
};
