// `bulkhead dashboard` in a real browser: Chromium from npm (test/support/chromium.ts) driven by playwright-core
// loads the file from disk, and we check the charts, the red flag, escaping and that nothing touched the network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { DASHBOARD_CHARTS, FileHistoryStore, recordRun, type DiffTotals } from '@bulkhead/core';
import { main } from '../../packages/cli/src/main.ts';
import { launchChromium } from '../support/chromium.ts';

const RUNS = 12;

function totals(bytes: number): DiffTotals {
  return { diffBytes: bytes, patchBytes: bytes, blobBytesAdded: bytes, filesChanged: 3, filesAdded: 1, filesDeleted: 0, filesRenamed: 0, linesAdded: 40, linesDeleted: 5, binaryFiles: 0, binaryBytes: 0 };
}

/** Writes a history of RUNS runs through the same code the action uses; `leakLast` decides the newest run. */
async function makeHistory(path: string, leakLast: boolean): Promise<void> {
  const store = new FileHistoryStore(path);
  const t0 = Date.UTC(2024, 2, 1);
  for (let i = 0; i < RUNS; i++) {
    const leak = i === 4 || (i === RUNS - 1 && leakLast);
    await recordRun(store, {
      now: new Date(t0 + i * 8 * 3_600_000).toISOString(),
      runId: String(1000 + i),
      workflow: i % 2 ? 'release' : 'ci <script>alert(1)</script>',
      // Runs 0, 3, 6, 9 have no commits: their lead time is unknown and draws no point.
      measurement: { counted: totals(2000 + 700 * i), leakedFiles: leak ? ['deploy/prod.leak'] : [], ...(i % 3 ? { firstCommitDate: new Date(t0 + i * 8 * 3_600_000 - 5 * 3_600_000).toISOString() } : {}) },
      alert: i === 7,
    });
  }
}

async function runDashboard(cwd: string, history: string, output: string): Promise<string> {
  // Through the CLI's own dispatch and flag parsing, as `bulkhead dashboard` runs it.
  const out: string[] = [];
  const code = await main(['dashboard', history, '--output', output, '--title', 'Bulkhead <demo>'], { stdout: (s) => out.push(s), stderr: (s) => out.push(s), cwd, env: {} });
  expect(code, out.join('')).toBe(0);
  return out.join('');
}

let dir: string;
let browser: Browser;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bulkhead-dashboard-'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function open(file: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url, { waitUntil: 'load' });
  return { page, offsite: () => requests.filter((u) => u !== url) };
}

describe('bulkhead dashboard in chromium', () => {
  it('shows every trend with one point per measured run and the red flag', async () => {
    await makeHistory(join(dir, 'leak', 'history.json'), true);
    const msg = await runDashboard(join(dir, 'leak'), 'file:history.json', 'out/dashboard.html');
    expect(msg).toContain('wrote out/dashboard.html: 12 records, latest run detected a leak');
    const html = await readFile(join(dir, 'leak', 'out', 'dashboard.html'), 'utf8');
    expect(html).not.toMatch(/https?:\/\/|src=|<link/); // self-contained: nothing to fetch
    const { page, offsite } = await open(join(dir, 'leak', 'out', 'dashboard.html'));

    const expected: Record<string, number> = {
      'diff-size': RUNS, alerts: RUNS, 'leaked-files': RUNS, risk: RUNS, 'adjusted-velocity': RUNS,
      'lead-time': RUNS - 4, // runs 0, 3, 6, 9 had no commits
    };
    for (const id of DASHBOARD_CHARTS) {
      const chart = page.getByTestId(`chart-${id}`);
      await expect(chart.count()).resolves.toBe(1);
      expect(await chart.locator('[data-testid="point"]').count(), id).toBe(expected[id]);
      // Laid out at its size (560×200 plus the 1px border), not collapsed.
      expect(await chart.boundingBox()).toMatchObject({ width: 562, height: 202 });
      expect(await chart.locator('polyline').count(), id).toBeGreaterThan(0);
    }
    // The risk line rises after the leaks: its last point sits higher (smaller y) than its first.
    const cys = await page.getByTestId('chart-risk').locator('[data-testid="point"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
    expect(cys[cys.length - 1]).toBeLessThan(cys[0]);

    const flag = page.getByTestId('leak-flag');
    await expect(flag.isVisible()).resolves.toBe(true);
    expect(await flag.textContent()).toContain('Leak detected in the latest run');
    // Runs in the page; tsconfig has no DOM lib, so the window function is typed by hand.
    const bg = await flag.evaluate((e) => (globalThis as unknown as { getComputedStyle(el: unknown): { backgroundColor: string } }).getComputedStyle(e).backgroundColor);
    expect(bg).toBe('rgb(209, 36, 47)');

    // Workflow names are text: the injected <script> is not an element.
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.getByTestId('pipelines').textContent()).toContain('ci <script>alert(1)</script>');
    expect(await page.title()).toBe('Bulkhead <demo>');

    expect(offsite()).toEqual([]);
    await mkdir(resolve('test-results'), { recursive: true });
    await page.screenshot({ path: resolve('test-results/dashboard.png'), fullPage: true });
    await page.close();
  });

  it('shows no flag when the latest run is clean', async () => {
    await makeHistory(join(dir, 'clean', 'history.json'), false);
    await runDashboard(join(dir, 'clean'), 'history.json', 'dashboard.html');
    const { page, offsite } = await open(join(dir, 'clean', 'dashboard.html'));
    expect(await page.getByTestId('leak-flag').count()).toBe(0);
    await expect(page.getByTestId('no-leak').isVisible()).resolves.toBe(true);
    // The earlier leak (run 4) is still on the leaked-files trend.
    const leakedCys = await page.getByTestId('chart-leaked-files').locator('[data-testid="point"]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
    expect(new Set(leakedCys).size).toBe(2);
    expect(offsite()).toEqual([]);
    await page.close();
  });
});
