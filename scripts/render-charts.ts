/**
 * Renders every chart of a simulated project to standalone SVG and to PNG (light and dark theme),
 * so that a person can look at them: `npx tsx scripts/render-charts.ts [OUT_DIR]`.
 *
 * The SVG here is a plain serialisation of the ChartSpec with the app's colour variables
 * (renderer/charts/charts.css); it mirrors what renderer/charts/ChartView.tsx draws. PNGs are
 * taken with the Chromium at /usr/bin/chromium (or $CHROMIUM) through playwright-core.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { allCharts, type ChartMark, type ChartSpec, type ScenarioResult } from '../engine/index.ts';
import { constantResult, simulatedResult } from '../engine/charts/test-results.ts';

const outDir = process.argv[2] ?? '/tmp/fathom-charts';
mkdirSync(outDir, { recursive: true });

function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function color(role: string): string {
  const series = /^series-(\d+)$/.exec(role);
  return series ? `var(--chart-series-${Number(series[1]) % 6})` : `var(--chart-${role})`;
}

function markToSvg(mark: ChartMark): string {
  const n = (v: number) => Math.round(v * 100) / 100;
  switch (mark.kind) {
    case 'rect':
      return `<rect x="${n(mark.x)}" y="${n(mark.y)}" width="${n(mark.width)}" height="${n(mark.height)}" style="fill:${color(mark.fill)}"${mark.opacity !== undefined ? ` fill-opacity="${mark.opacity}"` : ''} shape-rendering="crispEdges"/>`;
    case 'line': {
      const straight = mark.x1 === mark.x2 || mark.y1 === mark.y2;
      return `<line x1="${n(mark.x1)}" y1="${n(mark.y1)}" x2="${n(mark.x2)}" y2="${n(mark.y2)}" style="stroke:${color(mark.stroke)}" stroke-width="${mark.width ?? 1}"${mark.dash ? ` stroke-dasharray="${mark.dash.join(' ')}"` : ''}${straight ? ' shape-rendering="crispEdges"' : ''}/>`;
    }
    case 'path':
      return `<path d="${mark.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join('')}" fill="none" style="stroke:${color(mark.stroke)}" stroke-width="${mark.width ?? 1}" stroke-linejoin="round"${mark.dash ? ` stroke-dasharray="${mark.dash.join(' ')}"` : ''}/>`;
    case 'text': {
      const anchor = mark.anchor ?? 'start';
      const rotate = mark.rotate
        ? ` transform="rotate(${-mark.rotate} ${n(mark.x)} ${n(mark.y)})"`
        : '';
      return `<text x="${n(mark.x)}" y="${n(mark.y)}" text-anchor="${anchor}" font-size="${mark.size ?? 12}"${mark.weight === 'bold' ? ' font-weight="bold"' : ''} style="fill:${color(mark.fill ?? 'ink')}"${rotate}>${escapeXml(mark.text)}</text>`;
    }
  }
}

function specToSvg(spec: ChartSpec, css: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${spec.width} ${spec.height}" width="${spec.width}" height="${spec.height}" font-family="Helvetica, Arial, 'Liberation Sans', sans-serif">`,
    `<style>${css}</style>`,
    `<rect width="100%" height="100%" style="fill:var(--chart-background)"/>`,
    ...spec.marks.map(markToSvg),
    '</svg>',
  ].join('\n');
}

function page(spec: ChartSpec, svg: string, css: string): string {
  // The same frame the app draws around the SVG: title and plain-words description.
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css} body{margin:0;background:var(--chart-background)} .fathom-chart{width:${spec.width}px}</style></head><body><figure class="fathom-chart"><figcaption><p class="fathom-chart__title">${escapeXml(spec.title)}</p><p class="fathom-chart__description">${escapeXml(spec.description)}</p></figcaption>${svg}</figure></body></html>`;
}

const churn = simulatedResult('churn');
const cases: {
  name: string;
  result: ScenarioResult;
  currency: string;
  locale: string;
  width: number;
}[] = [
  { name: 'churn', result: churn, currency: 'USD', locale: 'en-US', width: 720 },
  {
    name: 'cv-edge-de',
    result: simulatedResult('cv-edge', 'EUR'),
    currency: 'EUR',
    locale: 'de-DE',
    width: 480,
  },
  {
    name: 'llm-rag',
    result: simulatedResult('llm-rag'),
    currency: 'USD',
    locale: 'en-US',
    width: 600,
  },
  { name: 'constant', result: constantResult(churn), currency: 'USD', locale: 'en-GB', width: 720 },
];

const css = readFileSync(new URL('../renderer/charts/charts.css', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const c of cases) {
    for (const [id, build] of Object.entries(allCharts)) {
      const spec = build(c.result, {
        width: c.width,
        height: Math.round(c.width * 0.5),
        currency: c.currency,
        locale: c.locale,
      });
      const svg = specToSvg(spec, css);
      const base = join(outDir, `${c.name}-${id}`);
      writeFileSync(`${base}.svg`, svg);
      for (const scheme of ['light', 'dark'] as const) {
        const tab = await browser.newPage({
          viewport: { width: spec.width + 24, height: 200 },
          deviceScaleFactor: 1.5,
        });
        await tab.emulateMedia({ colorScheme: scheme });
        await tab.setContent(page(spec, svg, css));
        await tab.locator('figure').screenshot({ path: `${base}-${scheme}.png` });
        await tab.close();
      }
      console.log(`${base}-{light,dark}.png`);
    }
  }
} finally {
  await browser.close();
}
