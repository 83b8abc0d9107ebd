/** The hover tooltip: who or what the node is, and the value it is sized by. Positioned through the CSSOM. */
import { formatForPeople, glossary } from '../glossary/index.ts';
import { el } from '../shell/dom.ts';
import { UNIT_KIND_LABELS } from '../theme.ts';
import type { Encodings } from './encodings.ts';
import type { MapLink, MapNode } from './types.ts';

/** The pointer in the map stage and the stage's size (CSS pixels). */
export interface Placement {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class Tooltip {
  readonly element = el('div', { className: 'map-tooltip', attrs: { role: 'tooltip', hidden: true } });

  show(node: MapNode, encodings: Encodings, at: Placement): void {
    const data = node.data;
    const where =
      data.unit === data.id
        ? UNIT_KIND_LABELS[data.unitKind]
        : `${data.unitName} · ${UNIT_KIND_LABELS[data.unitKind]}`;
    const size = encodings.sizeBy
      ? `${glossary(encodings.sizeBy).label}: ${formatForPeople(data.metrics[encodings.sizeBy])}`
      : null;
    const lines = [
      el('strong', { text: data.label }),
      el('span', { text: where }),
      data.role ? el('span', { text: `Role: ${data.role}` }) : null,
      data.members !== undefined ? el('span', { text: `${data.members} people` }) : null,
      size ? el('span', { text: size }) : null,
      data.flags.length
        ? el('span', { className: 'flag', text: `Flagged: ${data.flags.map((f) => f.flag).join(', ')}` })
        : null,
    ];
    this.place(lines, at);
  }

  /** A tie: the pair, how much they engaged, its stage, and where a click leads. */
  showTie(link: MapLink, at: Placement): void {
    const { data } = link;
    const lines = [
      el('strong', { text: `${link.source.data.label} — ${link.target.data.label}` }),
      el('span', {
        text: `${data.engagements} engagement${data.engagements === 1 ? '' : 's'} in the window`,
      }),
      el('span', { text: `Tie strength ${formatForPeople(data.weight)}` }),
      data.stage ? el('span', { text: `Stage: ${data.stage}` }) : null,
      data.relationship ? el('span', { className: 'muted', text: 'Click to open the relationship' }) : null,
    ];
    this.place(lines, at);
  }

  private place(lines: Array<HTMLElement | null>, at: Placement): void {
    this.element.replaceChildren(...lines.filter((line): line is HTMLElement => line !== null));
    this.element.hidden = false;
    const box = this.element.getBoundingClientRect();
    const left = at.x + 14 + box.width > at.width ? at.x - 14 - box.width : at.x + 14;
    const top = Math.min(Math.max(0, at.y + 14), Math.max(0, at.height - box.height));
    this.element.style.transform = `translate(${Math.max(0, left)}px, ${top}px)`;
  }

  hide(): void {
    this.element.hidden = true;
  }
}
