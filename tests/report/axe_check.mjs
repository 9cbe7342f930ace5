// Audits `toc report` with axe-core in headless Chromium (WCAG 2.2 AA and best practice).
//
//   node axe_check.mjs TOC OUT_FOLDER NAME=MODEL [NAME=MODEL ...] [--screenshots NAME]
//
// For each NAME=MODEL: writes OUT_FOLDER/NAME.html with `toc report MODEL`, loads it in Debian's
// Chromium through playwright-core, injects axe-core and runs it with the tags wcag2a, wcag2aa,
// wcag21a, wcag21aa, wcag22aa and best-practice, no rule disabled (color-contrast included).
// Prints each violation (rule id, impact, target selectors, help) and exits 1 if there is any.
// Fails too if a report's page scrolls sideways at 1280 or 390 pixels wide (a table or figure wider
// than the screen must scroll inside its own box), or if a table has no caption. For the report named by --screenshots it saves
// NAME-desktop.png (1280 wide) and NAME-phone.png (390 wide) for people to look at.
// Exits 77 (ctest's SKIP_RETURN_CODE) only when Chromium cannot start.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'browser', 'package.json'));
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const WIDTHS = [['desktop', 1280], ['phone', 390]];

const args = process.argv.slice(2);
const shotAt = args.indexOf('--screenshots');
const screenshotsOf = shotAt >= 0 ? args.splice(shotAt, 2)[1] : '';
const [toc, outFolder, ...reports] = args;
if (!toc || !outFolder || reports.length === 0) {
  console.error('usage: node axe_check.mjs TOC OUT_FOLDER NAME=MODEL [NAME=MODEL ...]');
  process.exit(2);
}
mkdirSync(outFolder, { recursive: true });

let browser;
try {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
} catch (error) {
  console.log(`SKIP: Chromium cannot start: ${error.message.split('\n')[0]}`);
  process.exit(77);
}

const problems = [];
try {
  for (const entry of reports) {
    const [name, model] = entry.split('=');
    const file = path.resolve(outFolder, `${name}.html`);
    try {
      execFileSync(toc, ['report', model, '-o', file], { stdio: 'pipe' });
    } catch (error) {
      problems.push(`${name}: toc report ${model} failed (${error.status}): ${String(error.stderr).slice(-2000)}`);
      continue;
    }
    // The report's Content-Security-Policy forbids every script, axe's own included: the audit's
    // context bypasses it to inject axe. The hostile-text tests check the policy holds without this.
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.addScriptTag({ path: axePath });
    const result = await page.evaluate(
        (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
        TAGS);
    for (const v of result.violations) {
      const targets = v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ');
      const more = v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : '';
      problems.push(`${name}: ${v.id} (${v.impact}) on ${v.nodes.length} elements: ${targets}${more}\n    ${v.help}`);
      for (const n of v.nodes.slice(0, 2)) problems.push(`    ${n.failureSummary.replace(/\n/g, '\n    ')}`);
    }
    // Every data table is named by a caption (axe asks for none; WCAG technique H39).
    const uncaptioned = await page.evaluate(() => [...document.querySelectorAll('table:not([role=presentation])')]
      .filter((t) => !t.caption || !t.caption.textContent.trim()).length);
    if (uncaptioned) problems.push(`${name}: ${uncaptioned} tables have no caption`);
    for (const [label, width] of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 1) problems.push(`${name}: the page scrolls sideways by ${overflow}px at ${width}px wide`);
      if (name === screenshotsOf) {
        await page.screenshot({ path: path.resolve(outFolder, `${name}-${label}.png`), fullPage: true, timeout: 120000 });
      }
    }
    console.log(`${name}: ${result.violations.length} axe violations, ${result.passes.length} rules passed`);
    await context.close();
  }
} finally {
  await browser.close();
}
for (const problem of problems) console.log(problem);
process.exit(problems.length ? 1 : 0);
