// Prints a `toc report` to A4 in headless Chromium and checks what a reader of the paper gets.
//
//     TOC_AS_OF=YYYY-MM-DD node print_check.mjs TOC MODEL OUT_FOLDER NAME
//
// Writes OUT_FOLDER/NAME.html with `toc report`, prints it as Chromium's own "print to PDF" does
// (--print-to-pdf, without the browser's header and footer: what is on the page is the report's
// own), and checks:
//   - every page is A4 (pdfinfo), portrait, or landscape for the indicator checklist's pages;
//   - every page's text (pdftotext) ends with the report's footer: the model's title, the day the
//     report was made (TOC_AS_OF) and "Page N of M";
//   - no page ends with a heading (the last line above the footer is not a heading's text);
//   - laid out as print media at the width inside A4's margins (portrait, or landscape inside
//     the checklist), no element reaches past the page or clips its content (a cut table or
//     diagram);
// and leaves OUT_FOLDER/NAME-page-N.png (pdftoppm -r 50) for people to look at.
// Exits 1 naming every failed check. The model's title is read back from the report's <h1>.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'browser', 'package.json'));
const { chromium } = require('playwright-core');

const [toc, model, outFolder, name] = process.argv.slice(2);
const date = process.env.TOC_AS_OF || '';
if (!name || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error('usage: TOC_AS_OF=YYYY-MM-DD print_check.mjs TOC MODEL OUT_FOLDER NAME');
  process.exit(2);
}
mkdirSync(outFolder, { recursive: true });
const html = path.join(outFolder, `${name}.html`);
execFileSync(toc, ['report', model, '-o', html], { stdio: ['ignore', 'ignore', 'ignore'] });

const failures = [];
const fail = (what) => failures.push(what);
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8' });
const words = (text) => text.replace(/\s+/g, ' ').trim();
const unescape = (text) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const title = words(unescape((/<h1>([^<]*)<\/h1>/.exec(readFileSync(html, 'utf8')) || ['', ''])[1]));
if (!title) fail(`${html} has no <h1> title`);

// Print as a reader does: Chromium's own print to PDF, nothing of the browser's on the page.
const pdf = path.join(outFolder, `${name}.pdf`);
const profile = path.join(outFolder, `${name}-profile`);
rmSync(pdf, { force: true });
execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  `--user-data-dir=${profile}`, `--print-to-pdf=${pdf}`, '--no-pdf-header-footer',
  pathToFileURL(path.resolve(html)).href], { stdio: 'ignore', timeout: 120000 });
const count = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))[1]);
const sizes = [...run('pdfinfo', ['-f', '1', '-l', String(count), pdf]).matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)]
  .map((m) => ({ page: Number(m[1]), width: Math.round(Number(m[2])), height: Math.round(Number(m[3])) }));
let landscape = 0;
for (const { page, width, height } of sizes) {
  if (width === 842 && height === 595) ++landscape;
  else if (width !== 595 || height !== 842) fail(`${pdf} page ${page} is ${width} x ${height} pt, not A4 (595 x 842)`);
}
if (sizes.length !== count) fail(`${pdf}: pdfinfo gave the size of ${sizes.length} of ${count} pages`);

// The headings, to see that none is the last thing on a page.
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
let headings = [];
let overflowing = [];
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(path.resolve(html)).href);
  await page.emulateMedia({ media: 'print' });
  headings = await page.evaluate(() =>
    [...document.querySelectorAll('main h2, main h3, main h4')].map((h) => h.innerText.replace(/\s+/g, ' ').trim()));

  // Nothing wider than the page inside its 14 mm margins (at 96 px an inch): portrait for the
  // report, landscape for the checklist's pages (its own named page).
  const px = (mm) => Math.floor((mm / 25.4) * 96);
  for (const [paper, pageWidth, inChecklist] of [['portrait', px(210 - 28), false], ['landscape', px(297 - 28), true]]) {
    await page.setViewportSize({ width: pageWidth, height: 1123 });
    const found = await page.evaluate(([limit, checklist]) => {
      const out = [];
      for (const element of document.querySelectorAll('body *')) {
        if (Boolean(element.closest('#checklist')) !== checklist) continue;
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) continue;  // not shown, or hidden for screen readers only
        const clips = element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible';
        if (box.right > limit + 1 || box.left < -1 || clips) {
          const id = element.id ? `#${element.id}` : '';
          const cls = typeof element.className === 'string' && element.className ? `.${element.className.split(' ')[0]}` : '';
          out.push(`<${element.tagName.toLowerCase()}${id}${cls}> spans ${Math.round(box.left)}..${Math.round(box.right)} px` +
                   (clips ? ` and clips ${element.scrollWidth} px of content into ${element.clientWidth}` : ''));
        }
      }
      return out;
    }, [pageWidth, inChecklist]);
    overflowing.push(...found.map((line) => `wider than the ${paper} page (${pageWidth} px): ${line}`));
  }
} finally {
  await browser.close();
}
for (const line of overflowing.slice(0, 20)) fail(line);
if (overflowing.length > 20) fail(`... and ${overflowing.length - 20} more elements wider than the printed page`);

// Every page: the footer (title, date, page number) last, and no heading just above it.
const footerStart = title.slice(0, 40);
for (let n = 1; n <= count; ++n) {
  const lines = run('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-'])
    .split('\n').map(words).filter((line) => line);
  const footer = lines.pop() || '';
  if (!footer.startsWith(footerStart) || !footer.includes(date) || !footer.endsWith(`Page ${n} of ${count}`)) {
    fail(`${pdf} page ${n}: the last line is not the footer '${footerStart}… · report of ${date} Page ${n} of ${count}': '${footer}'`);
  }
  // A heading may wrap: the page ends with it when its last few lines, joined, are its text.
  const ends = [1, 2, 3, 4].filter((k) => k <= lines.length).map((k) => lines.slice(-k).join(' '));
  const heading = headings.find((h) => ends.includes(h));
  if (heading) fail(`${pdf} page ${n} ends with the heading '${heading}'`);
}
execFileSync('pdftoppm', ['-r', '50', '-png', pdf, path.join(outFolder, `${name}-page`)]);

if (failures.length) {
  for (const line of failures) console.error(`FAIL: ${line}`);
  process.exit(1);
}
console.log(`${pdf}: ${count} A4 pages (${landscape} landscape), each ending with '${footerStart}…', ${date} and ` +
            `its page number; no heading ends a page; nothing wider than the page`);
