import { beforeAll, describe, expect, it } from 'vitest';
import { registry, REPORT_DATE, SEED, unicodeProject } from '../../test/fixtures/report.ts';
import { builtinPresets, type Project } from '../index.ts';
import { sections as catalog } from '../project/field-catalog.ts';
import { buildReportModel } from './build-report-model.ts';
import { fetchFontBytes, loadReportFonts, REPORT_FONT_FILES } from './pdf/fonts.ts';
import type { ReportBlock, ReportModel } from './report-model.ts';
import { simulateForReport } from './simulate-report.ts';

type Table = Extract<ReportBlock, { kind: 'table' }>;

async function model(project: Project, locale = 'de-DE'): Promise<ReportModel> {
  const simulations = await simulateForReport(project, undefined, registry, {
    iterations: 400,
    seed: SEED,
  });
  return buildReportModel({
    project,
    ...simulations,
    date: REPORT_DATE,
    locale,
    paper: 'a4',
    templates: registry,
  });
}

const tables = (m: ReportModel, id: string) =>
  m.sections.find((s) => s.id === id)!.blocks.filter((b): b is Table => b.kind === 'table');

describe('the report model', () => {
  let changed: Project;
  let m: ReportModel;
  beforeAll(async () => {
    changed = unicodeProject('churn', 'EUR');
    changed.scenarios[0]!.inputs.data.sources = 9;
    m = await model(changed);
  });

  it('writes amounts in the project currency and dates in the reader’s locale', () => {
    expect(m.keyNumbers.costP50).toMatch(/^\d{1,3}(\.\d{3})+\s€$/);
    expect(m.keyNumbers.finishP80).toMatch(/^\d{1,2}\. \S+ \d{4}$/);
  });

  it('lists every questionnaire input once, marking the one the user changed', () => {
    const [inputs] = tables(m, 'assumptions');
    const expected = catalog.flatMap((s) =>
      s.fields.filter((f) => f.scope !== 'meta').map((f) => `${s.title}: ${f.label}`),
    );
    expect(inputs!.rows.map((r) => r[0])).toEqual(expected);
    const changedRows = inputs!.rows.filter((r) => r[3] === 'Changed');
    expect(changedRows.map((r) => r[0])).toEqual(['Data: Data sources']);
    expect(changedRows[0]![1]).toBe('9');
    expect(changedRows[0]![4]).toBe('Your input');
  });

  it('gives each team role its rate card figure with source and date', () => {
    const [, team] = tables(m, 'assumptions');
    const card = builtinPresets().rateCards.regions['western-europe'];
    expect(team!.rows).toHaveLength(changed.scenarios[0]!.inputs.team.roles.length);
    for (const [i, role] of changed.scenarios[0]!.inputs.team.roles.entries()) {
      const figure = card.roles[role.role][role.seniority];
      expect(team!.rows[i]![7]).toContain(`${figure.source}, ${figure.asOf}`);
    }
  });

  it('has a scenarios section only when the project has several', async () => {
    expect(m.sections.some((s) => s.id === 'scenarios')).toBe(false);
    const two = unicodeProject('churn', 'EUR');
    two.scenarios.push({ ...structuredClone(two.scenarios[0]!), id: 'other', name: 'Other' });
    const withTwo = await model(two, 'en-US');
    const [cost] = tables(withTwo, 'scenarios');
    // Same inputs, same seed: no difference at all.
    expect(cost!.rows[1]![3]).toMatch(/^(\$0|€0|0 €|€0\.00)$/);
    expect(
      withTwo.sections.find((s) => s.id === 'scenarios')!.blocks.filter((b) => b.kind === 'chart'),
    ).toHaveLength(2);
  });
});

describe('font loading', () => {
  it('fetches both weights from the bundled assets’ URLs in the browser', async () => {
    const asked: string[] = [];
    const fonts = await loadReportFonts(
      fetchFontBytes(
        { [REPORT_FONT_FILES.regular]: '/assets/r.ttf', [REPORT_FONT_FILES.bold]: '/assets/b.ttf' },
        async (url) => {
          asked.push(url);
          return { ok: true, status: 200, arrayBuffer: async () => new Uint8Array([1, 2]).buffer };
        },
      ),
    );
    expect(asked.sort()).toEqual(['/assets/b.ttf', '/assets/r.ttf']);
    expect(fonts.kind).toBe('embedded');
  });

  it('says which font could not be loaded', async () => {
    const failing = fetchFontBytes(
      { [REPORT_FONT_FILES.regular]: '/r', [REPORT_FONT_FILES.bold]: '/b' },
      async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) }),
    );
    await expect(loadReportFonts(failing)).rejects.toThrow(/DejaVuSansCondensed.*404/);
  });
});
