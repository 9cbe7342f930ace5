// toc serve in headless Chromium: the page shows the report; a typo saved into a file of the model
// brings its diagnostic (file:line:col) on top while the last good diagram stays; the fix takes
// the diagnostic away. The page is reloaded by the server's events, not by this script.
//
//   node live_reload.mjs TOC MODEL_FOLDER SCREENSHOT_FOLDER
//
// Leaves serve-good.png, serve-typo.png (its top), serve-typo-diagram.png and serve-fixed.png in SCREENSHOT_FOLDER for people to
// look at. Exits 77 (ctest's SKIP_RETURN_CODE) only when Chromium cannot start.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, '..', 'browser', 'package.json'));
const { chromium } = require('playwright-core');

const [toc, model, shots] = process.argv.slice(2);
if (!toc || !model || !shots) {
  console.error('usage: node live_reload.mjs TOC MODEL_FOLDER SCREENSHOT_FOLDER');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const WAIT = 60_000;  // generous: nothing here is timed

const temp = mkdtempSync(path.join(os.tmpdir(), 'toc-serve-browser-'));
const folder = path.join(temp, path.basename(path.resolve(model)));
cpSync(model, folder, { recursive: true });

const server = spawn(toc, ['serve', '--port', '0', folder], { stdio: ['ignore', 'ignore', 'pipe'] });
let stderr = '';
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no URL printed:\n${stderr}`)), WAIT);
  server.stderr.on('data', (chunk) => {
    stderr += chunk;
    const found = stderr.match(/toc: serving .* at (http:\/\/127\.0\.0\.1:\d+\/) /);
    if (found) {
      clearTimeout(timer);
      resolve(found[1]);
    }
  });
  server.on('exit', (code) => reject(new Error(`toc serve exited (${code}):\n${stderr}`)));
});

let browser;
try {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
} catch (error) {
  console.log(`SKIP: Chromium cannot start: ${error.message.split('\n')[0]}`);
  server.kill('SIGINT');
  process.exit(77);
}

const failures = [];
const check = (condition, message) => {
  if (!condition) {
    failures.push(message);
    console.log(`FAIL: ${message}`);
  }
};

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const violations = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy|Refused/i.test(message.text())) violations.push(message.text());
  });
  // The script is allowed by the page's policy: it opens the event stream.
  const streamed = page.waitForRequest((request) => request.url().endsWith('/events'), { timeout: WAIT });
  await page.goto(url);
  await page.waitForSelector('figure.diagram svg', { timeout: WAIT });
  check(await page.locator('#toc-problems').count() === 0, 'the page of a clean model shows no problems');
  await streamed;
  await page.screenshot({ path: path.join(shots, 'serve-good.png') });

  // outputs.toml's out-school-trainers -> oc-knowledge-increased is written only there (most arrows
  // of the model are also a [[link]] in links.toml), so the typo takes it out of the model.
  const edited = path.join(folder, 'outputs.toml');
  const good = readFileSync(edited, 'utf8');
  const edge = 'leads_to = ["oc-knowledge-increased"]';
  const line = good.slice(0, good.indexOf(edge)).split('\n').length;
  const column = edge.indexOf('"') + 1;
  const arrowDrawn = () => page.locator('g[id="link-out-school-trainers--oc-knowledge-increased"]').count();
  check(await arrowDrawn() === 1, 'the arrow to be broken is drawn at first');
  const saved = Date.now();
  writeFileSync(edited, good.replace(edge, 'leads_to = ["oc-knowledge-increasd"]'));
  await page.waitForSelector('#toc-problems', { timeout: WAIT });
  console.log(`the diagnostic showed ${Date.now() - saved} ms after the save (for people; not asserted)`);
  const problems = await page.locator('#toc-problems').innerText();
  // In view wherever the reload left the reader (the browser restores the scroll position).
  const box = await page.locator('#toc-problems').evaluate((e) => e.getBoundingClientRect().toJSON());
  check(box.top >= 0 && box.top < 50 && box.height > 50, `the problems are in view (at ${JSON.stringify(box)})`);
  check(problems.includes(`outputs.toml:${line}:${column}: error[unknown-id]`),
        `the diagnostic names outputs.toml:${line}:${column}; it says:\n${problems}`);
  check(problems.includes("did you mean 'oc-knowledge-increased'?"), 'the diagnostic has its suggestion');
  // The arrow the typo broke is still drawn: the diagram is the last good one.
  check(await arrowDrawn() === 1, 'the last good diagram stays under the problems');
  await page.screenshot({ path: path.join(shots, 'serve-typo.png') });
  await page.locator('figure.diagram').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(shots, 'serve-typo-diagram.png') });

  const fixed = Date.now();
  writeFileSync(edited, good);
  await page.waitForSelector('#toc-problems', { state: 'detached', timeout: WAIT });
  console.log(`the fix showed ${Date.now() - fixed} ms after the save (for people; not asserted)`);
  check(await page.locator('figure.diagram svg').count() === 1, 'the fixed model shows its diagram');
  await page.screenshot({ path: path.join(shots, 'serve-fixed.png') });
  check(violations.length === 0, `no Content-Security-Policy violation: ${violations.join('; ')}`);
} catch (error) {
  failures.push(String(error));
  console.log(`FAIL: ${error}`);
} finally {
  await browser.close();
  server.kill('SIGINT');
  await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.on('exit', resolve)));
  rmSync(temp, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.log(stderr);
  console.log(`0 passed, ${failures.length} failed`);
  process.exit(1);
}
console.log('1 passed, 0 failed');
