/**
 * Building DOM without HTML strings: text goes in as text (never parsed), and no inline style attributes
 * (the CSP forbids them; styles come from styles.css or the CSSOM).
 */
type Child = Node | string | null | undefined | false;

export interface ElementOptions {
  className?: string;
  text?: string;
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className) element.className = options.className;
  if (options.text !== undefined) element.textContent = options.text;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(options.on ?? {})) {
    element.addEventListener(type, handler as EventListener);
  }
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Saves a Blob as a file download. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { attrs: { href: url, download: filename } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A number as people read it: three significant digits, no exponent for ordinary sizes. */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (Number.isInteger(value)) return value.toLocaleString('en');
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 0.001 || magnitude >= 1e6)) return value.toExponential(2);
  return value.toLocaleString('en', { maximumSignificantDigits: 3 });
}

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A day as people read it: "3 Aug 2026" (UTC, as the API's dates are). */
export function formatDay(iso: string | number): string {
  return dayFormat.format(new Date(iso));
}

/** A span whose end is exclusive (as windows are), as the days it holds: "3 Aug 2026 – 31 Oct 2026". */
export function formatDays(span: { from: string; to: string }): string {
  return `${formatDay(span.from)} – ${formatDay(Date.parse(span.to) - 86_400_000)}`;
}

/** `pagerankWeighted` → `pagerank weighted`, `eiIndex` → `ei index`. */
export function humanise(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}
