// Drives headless Chromium over an HTML audit report and checks what a reader sees:
// no console errors and no network requests; the summary counts equal the JSON report's;
// the outcome, jurisdiction, instrument and binding filters hide what they should; the
// report reads without JavaScript; print hides the filters. Saves a full-page PNG and an
// A4 PDF printed by the browser.
// Usage: node check_report.mjs REPORT.html REPORT.json OUT_DIR [CHROMIUM]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [html, json, outDir, executable = '/usr/bin/chromium'] = process.argv.slice(2);
const url = pathToFileURL(resolve(html)).href;
const expected = JSON.parse(readFileSync(json, 'utf8'));
const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok' : 'FAIL'}: ${what}`);
  if (!ok) failures.push(what);
};

const browser = await chromium.launch({
  executablePath: executable,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
         '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1600 } });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  await page.goto(url, { waitUntil: 'load' });

  check(errors.length === 0, `no console errors (${errors.join(' | ')})`);
  check(requests.length === 0, `no network requests (${requests.join(' ')})`);

  // Summary counts equal the JSON report's.
  const counts = await page.$$eval('td[data-kind="total"]', (cells) =>
    Object.fromEntries(cells.map((c) => [c.dataset.outcome, Number(c.dataset.count)])));
  for (const outcome of ['violation', 'compliant', 'undetermined', 'not_applicable']) {
    check(counts[outcome] === expected.summary[outcome],
      `summary ${outcome} = ${counts[outcome]}, JSON says ${expected.summary[outcome]}`);
  }
  const sections = await page.$$eval('section.finding', (s) => s.map((e) => e.dataset));
  check(sections.length === expected.findings.length,
    `${sections.length} finding sections for ${expected.findings.length} JSON findings`);
  const listed = expected.findings.map((f) => `${f.outcome}/${f.jurisdiction}/${f.instrument}`).join();
  check(sections.map((d) => `${d.outcome}/${d.jurisdiction}/${d.instrument}`).join() === listed,
    'finding sections are the JSON findings, in the same order');

  // The filters are shown once the script runs.
  check(await page.isVisible('#filters'), 'filter bar is visible with JavaScript');
  const visible = () => page.$$eval('section.finding', (s) => s.filter((e) => !e.hidden).map((e) => e.dataset));
  const visibleRows = () => page.$$eval('tr.finding-row', (s) => s.filter((e) => !e.hidden).length);
  const total = (await visible()).length;
  const status = () => page.textContent('#filters output');
  check((await status()) === `Showing ${total} of ${total} findings`, `status line: ${await status()}`);

  // Outcome buttons hide rows and sections of that outcome.
  const outcomes = await page.$$eval('#filters button[data-outcome]', (b) => b.map((e) => e.dataset.outcome));
  for (const outcome of outcomes) {
    const before = (await visible()).length;
    const rowsBefore = await visibleRows();
    await page.click(`#filters button[data-outcome="${outcome}"]`);
    const after = await visible();
    const n = sections.filter((d) => d.outcome === outcome).length;
    check(after.every((d) => d.outcome !== outcome) && after.length === before - n,
      `hiding ${outcome} hides its ${n} findings (${before} -> ${after.length})`);
    check(await visibleRows() === rowsBefore - n, `hiding ${outcome} hides its ${n} index rows`);
    check(await page.getAttribute(`#filters button[data-outcome="${outcome}"]`, 'aria-pressed') === 'false',
      `${outcome} button reports aria-pressed=false`);
    await page.click(`#filters button[data-outcome="${outcome}"]`);
  }
  check((await visible()).length === total, 'pressing each button again shows every finding');

  // Each select narrows to one value; measures with nothing left are hidden too.
  for (const filter of ['jurisdiction', 'instrument', 'binding']) {
    const values = await page.$$eval(`select[data-filter="${filter}"] option`, (o) => o.map((e) => e.value).filter(Boolean));
    const value = values[0];
    await page.selectOption(`select[data-filter="${filter}"]`, value);
    const shown = await visible();
    const want = sections.filter((d) => d[filter] === value).length;
    check(shown.length === want && shown.every((d) => d[filter] === value),
      `${filter} = ${value} shows its ${want} findings only`);
    const emptyMeasures = await page.$$eval('article.measure', (a) =>
      a.filter((m) => !m.hidden && !m.querySelector('section.finding:not([hidden])')).length);
    check(emptyMeasures === 0, `${filter} filter hides measures with no finding left`);
    await page.selectOption(`select[data-filter="${filter}"]`, '');
  }
  await page.click('#filters button[data-reset]');
  check((await visible()).length === total, '"Show all" resets the filters');

  // Matrix cells link to findings that exist.
  const dangling = await page.$$eval('svg.matrix a', (links) =>
    links.map((a) => a.getAttribute('href')).filter((h) => !document.getElementById(h.slice(1))).length);
  check(dangling === 0, 'every matrix cell links to an element of the page');

  // The report of a whole corpus is tens of thousands of pixels tall: take its first
  // screens and the first measure rather than one full-page image.
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outDir, 'report.png'), timeout: 120000 });
  // The first measure's top 2400 px: a measure of the shipped corpus may hold twenty findings
  // (tens of thousands of pixels), which an element screenshot did not finish in 120 s.
  const first = page.locator('article.measure').first();
  await first.evaluate((e) => e.scrollIntoView());
  const box = await first.boundingBox();  // in the viewport, now at its top
  await page.screenshot({
    path: join(outDir, 'measure.png'), timeout: 120000,
    clip: { x: box.x, y: Math.max(0, box.y), width: box.width,
            height: Math.min(box.height, 2400 - Math.max(0, box.y)) },
  });

  // Print: filters hidden, every finding printed.
  await page.emulateMedia({ media: 'print' });
  check(!(await page.isVisible('#filters')), 'print hides the filter bar');
  await page.pdf({ path: join(outDir, 'report-playwright.pdf'), format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  // Without JavaScript: findings readable, no dead controls.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(url, { waitUntil: 'load' });
  check(!(await plain.isVisible('#filters')), 'without JavaScript the filter bar stays hidden');
  const plainVisible = await plain.$$eval('section.finding', (s) => s.filter((e) => e.offsetParent !== null).length);
  check(plainVisible === sections.length, `without JavaScript all ${sections.length} findings are shown`);
  await noJs.close();
} finally {
  await browser.close();
}
console.log(failures.length === 0 ? 'browser check passed' : `browser check failed: ${failures.length} problems`);
process.exit(failures.length === 0 ? 0 : 1);
