/**
 * Pixel counts of the map canvas for colours drawn with transparency: a tie of colour c at opacity a over the
 * white background shows as c·a + 255·(1 − a). Counting within a small tolerance per channel absorbs rounding;
 * anti-aliased edges and crossings fall outside it and are not counted.
 */
import type { Page } from 'playwright-core';

/** The #RRGGBB a colour shows as when drawn at `alpha` over white. */
export function overWhite(colour: string, alpha: number): string {
  const rgb = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
  const blended = rgb.map((c) => Math.round(c * alpha + 255 * (1 - alpha)));
  return `#${blended.map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** How many canvas pixels are within `tolerance` (per channel) of each colour (#RRGGBB). */
export function inkNear(page: Page, colours: string[], tolerance = 2): Promise<Record<string, number>> {
  return page.$eval(
    '.map-stage canvas',
    (canvas, { wanted, tolerance }) => {
      const c = canvas as HTMLCanvasElement;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const targets = wanted.map((w) => [1, 3, 5].map((i) => Number.parseInt(w.slice(i, i + 2), 16)));
      const counts = wanted.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        for (let k = 0; k < targets.length; k++) {
          const [r, g, b] = targets[k]!;
          if (
            Math.abs(data[i]! - r!) <= tolerance &&
            Math.abs(data[i + 1]! - g!) <= tolerance &&
            Math.abs(data[i + 2]! - b!) <= tolerance
          )
            counts[k]! += 1;
        }
      }
      return Object.fromEntries(wanted.map((w, k) => [w, counts[k]!]));
    },
    { wanted: colours, tolerance },
  );
}

/**
 * How many canvas pixels show each colour (#RRGGBB) blended over white at an opacity of at least `minAlpha`: a
 * pixel p counts when p = 255 + t · (colour − 255) per channel, within `tolerance`, for one t in [minAlpha, 1].
 * Thin ties are mostly anti-aliased, so their pixels are lighter than the tie's colour at its drawing opacity,
 * and overlapping ties are darker; both stay on the line from white to the colour, which inkNear misses.
 */
export function inkBlended(
  page: Page,
  colours: string[],
  minAlpha: number,
  tolerance = 2,
): Promise<Record<string, number>> {
  return page.$eval(
    '.map-stage canvas',
    (canvas, { wanted, minAlpha, tolerance }) => {
      const c = canvas as HTMLCanvasElement;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const lines = wanted.map((w) => [1, 3, 5].map((i) => Number.parseInt(w.slice(i, i + 2), 16) - 255));
      // The channel farthest from white gives t most precisely; chosen once per colour, not per pixel.
      const mains = lines.map((line) =>
        line.reduce((m, d, ch) => (Math.abs(d) > Math.abs(line[m]!) ? ch : m), 0),
      );
      const counts = wanted.map(() => 0);
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! > 250 && data[i + 1]! > 250 && data[i + 2]! > 250) continue; // background
        for (let k = 0; k < lines.length; k++) {
          const line = lines[k]!;
          const main = mains[k]!;
          const t = (data[i + main]! - 255) / line[main]!;
          if (t < minAlpha || t > 1) continue;
          if (line.every((d, ch) => Math.abs(data[i + ch]! - (255 + t * d)) <= tolerance)) counts[k]! += 1;
        }
      }
      return Object.fromEntries(wanted.map((w, k) => [w, counts[k]!]));
    },
    { wanted: colours, minAlpha, tolerance },
  );
}

/** Up to `max` canvas points (CSS pixels, page coordinates) drawn within `tolerance` of a colour, spread out. */
export async function pointsOf(
  page: Page,
  colour: string,
  max = 40,
  tolerance = 2,
): Promise<Array<[number, number]>> {
  const box = (await page.locator('.map-stage canvas').boundingBox())!;
  const found = await page.$eval(
    '.map-stage canvas',
    (canvas, { colour, tolerance }) => {
      const c = canvas as HTMLCanvasElement;
      const ratio = c.width / c.getBoundingClientRect().width;
      const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16));
      const points: Array<[number, number]> = [];
      for (let i = 0; i < data.length; i += 4) {
        const near =
          Math.abs(data[i]! - r!) <= tolerance &&
          Math.abs(data[i + 1]! - g!) <= tolerance &&
          Math.abs(data[i + 2]! - b!) <= tolerance;
        if (near) points.push([((i / 4) % c.width) / ratio, Math.floor(i / 4 / c.width) / ratio]);
      }
      return points;
    },
    { colour, tolerance },
  );
  const step = Math.max(1, Math.floor(found.length / max));
  return found.filter((_, i) => i % step === 0).map(([x, y]) => [box.x + x, box.y + y]);
}
