/**
 * "My week": the digest of the BRM the signed-in token speaks for (GET /api/digest without brm), the same lines
 * as `npm run digest`, each a link into the map, the silos view or the relationships dashboard. Offered in the
 * header only to a token that names its person; anyone else who opens it is told how to get such a token.
 */
import type { DigestAnswer, DigestLine } from '../../server/schema/digest.ts';
import { markTakenControl } from '../actions/markTaken.ts';
import { asApiError } from '../api/client.ts';
import { el } from '../shell/dom.ts';
import { LatestRequest } from '../shell/viewLifecycle.ts';
import type { ExplorerView, MountedView, ViewContext } from '../shell/views.ts';
import { personOf } from './me.ts';
import { renderDigest } from './render.ts';

export const digestView: ExplorerView = {
  id: 'digest',
  title: 'My week',
  offered: async (api) => (await personOf(api)) !== null,
  mount: (host, context) => new DigestView(host, context),
};

class DigestView implements MountedView {
  private readonly request = new LatestRequest();
  private readonly body = el('div', { className: 'digest-body' });
  private readonly status = el('p', { className: 'digest-status muted', text: 'Computing your week…' });

  constructor(
    host: HTMLElement,
    private readonly context: ViewContext,
  ) {
    host.append(el('section', { className: 'digest-view' }, [this.status, this.body]));
    void this.load();
  }

  private async load(): Promise<void> {
    const signal = this.request.next();
    if ((await personOf(this.context.api)) === null) {
      this.status.textContent =
        'My week needs a token that names its person: npm run token -- --role analyst --label … --person <id>.';
      return;
    }
    try {
      const digest = await this.context.api.get<DigestAnswer>('/digest', {}, signal);
      if (signal.aborted) return;
      this.context.clearReport();
      const deps = { api: this.context.api, report: this.context.report.bind(this.context) };
      const day = digest.week.from.slice(0, 10); // taken in the digest's week, unless changed
      const markTaken = (line: DigestLine) =>
        line.proposal ? markTakenControl(deps, line.proposal, day) : null;
      this.body.replaceChildren(...renderDigest(digest, markTaken));
      const lines = digest.sections.reduce((sum, s) => sum + s.lines.length, 0);
      this.status.textContent = '';
      this.status.hidden = true;
      this.context.announce(`Your week: ${lines} line(s).`);
    } catch (error) {
      if (signal.aborted) return;
      this.status.textContent = 'Your week could not be computed.';
      this.context.report(asApiError(error));
    }
  }

  unmount(): void {
    this.request.abort();
  }
}
