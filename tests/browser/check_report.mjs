// Drives headless Chromium over an HTML audit report and checks what a reader sees:
// no console errors and no network requests; the summary counts and every finding's reasons
// equal the JSON report's; traces are folded; the outcome, jurisdiction, instrument and
// binding filters hide what they should; the report reads without JavaScript; print hides
// the filters and the traces but no finding, and prints the traces of a report made with
// --print-traces. Saves PNG screenshots and an A4 PDF printed by the browser.
// Usage: node check_report.mjs REPORT.html REPORT.json OUT_DIR [CHROMIUM [TRACES.html]]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const [html, json, outDir, executable = '/usr/bin/chromium', tracesHtml] = process.argv.slice(2);
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

  // Reasons in words (LANGUAGE.md §13): each finding's, as the JSON gives them (code in
  // backticks there); a contested finding has one list per assignment.
  const domReasons = await page.$$eval('section.finding', (s) => s.map((e) =>
    Array.from(e.querySelectorAll('ul.reasons')).map((ul) =>
      Array.from(ul.children).map((li) => li.textContent))));
  const jsonReasons = expected.findings.map((f) =>
    (f.outcome === 'contested' ? f.readings.map((a) => a.reasons) : [f.reasons])
      .map((list) => list.map((r) => r.replaceAll('`', ''))));
  const differing = domReasons.filter((r, i) => JSON.stringify(r) !== JSON.stringify(jsonReasons[i]));
  check(differing.length === 0, `every finding shows the JSON's reasons (${differing.length} differ)`);
  // A known finding: Article 26(1)(4) of 114-FZ, an entry ban, against Article 97(2).
  const known = await page.$$eval('[id="f-ru.fz114.art26.p1.s4__eaeu_5ftreaty.art97.p2"] ul.reasons li',
    (li) => li.map((e) => e.textContent));
  check(known[0] === 'Article 97(2) applies to the measure: the measure is an entry ban.',
    `the known finding's first reason: ${known[0]}`);
  check(known.some((r) => r.includes('the measure reaches workers of the Member States without exempting them')),
    `the known finding's reasons name the define's sentence: ${known.join(' | ')}`);
  // Traces are folded on screen.
  const openTraces = await page.$$eval('details.trace', (d) => d.filter((e) => e.open).length);
  const traces = await page.$$eval('details.trace', (d) => d.length);
  check(traces >= expected.findings.length && openTraces === 0, `${traces} traces, all folded`);
  check(!(await page.isVisible('details.trace ol.trace >> nth=0')), 'a folded trace is not shown');

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

  // Print: filters and traces hidden, every finding printed.
  await page.emulateMedia({ media: 'print' });
  check(!(await page.isVisible('#filters')), 'print hides the filter bar');
  const printed = await page.$$eval('section.finding', (s) => s.filter((e) => e.offsetParent !== null).length);
  check(printed === expected.findings.length, `print shows all ${printed} findings`);
  const printedTraces = await page.$$eval('details.trace', (d) => d.filter((e) => e.offsetParent !== null).length);
  check(printedTraces === 0, `print leaves the traces out (${printedTraces} shown)`);
  await page.pdf({ path: join(outDir, 'report-playwright.pdf'), format: 'A4', printBackground: true });
  await page.emulateMedia({ media: 'screen' });

  // --print-traces: the same report prints every trace, unfolded.
  if (tracesHtml) {
    const withTraces = await context.newPage();
    await withTraces.goto(pathToFileURL(resolve(tracesHtml)).href, { waitUntil: 'load' });
    await withTraces.emulateMedia({ media: 'print' });
    const shown = await withTraces.$$eval('ol.trace', (o) => o.filter((e) => e.getClientRects().length > 0).length);
    const all = await withTraces.$$eval('ol.trace', (o) => o.length);
    check(all > 0 && shown === all, `--print-traces prints all ${all} traces (${shown} shown)`);
    await withTraces.close();
  }

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
