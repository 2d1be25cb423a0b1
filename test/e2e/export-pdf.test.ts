import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parseMoney, settledP80, startApp, type AppHarness } from './support/app.ts';

let app: AppHarness | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('the stakeholder PDF from the app', () => {
  it('downloads a PDF whose P80 cost is the headline’s', async () => {
    app = await startApp();
    await app.open();
    const { page } = app;
    const p80 = await settledP80(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await download.path();
    const bytes = await readFile(path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.getByText(/Exported .*\.pdf/).waitFor();
    // The report's P80 (exact, "$542,000") is the headline's (compact, "$542K") for the same seed.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    const match = /Build cost, P80[\s\S]*?Launch, P80\s+(\S+)\s+(\S+)/.exec(text);
    expect(match, text.slice(0, 600)).not.toBeNull();
    const reportP80 = parseMoney(match![2]!);
    expect(Math.abs(reportP80 - p80) / p80).toBeLessThan(0.005);
    expect(app.errors).toEqual([]);
  });
});
