// What the user does to the pre-rendered controls before the app has
// started is applied when it starts: a slider moved with the keyboard and
// a number typed while app.wasm is still on its way end up in the fields,
// the link and the scenario, instead of snapping back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts } from './explorer-helpers.mjs';

// queryKey returns the link's key of a control id ("ctl-kw-nvidia_gb300"
// is kw.nvidia_gb300).
const queryKey = (id) => id.replace(/^ctl-/, '').replace('-', '.');

test('input made before the app starts is applied when it starts', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });
  // Hold app.wasm back, as a slow connection does.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/app.wasm*', async (route) => { await held; await route.continue(); });

  const view = views.find((v) => v.path === 'funding');
  await page.goto(viewURL(server.baseURL, view.path), { waitUntil: 'domcontentloaded' });
  // The scenario panel is pre-rendered closed: open it, as a user does.
  if (!(await page.$eval('details.controls', (d) => d.open))) await page.click('details.controls > summary');
  const [slider, field] = await page.evaluate(() => {
    const visible = [...document.querySelectorAll('input[type="range"]')].filter((r) => {
      const f = document.getElementById(r.id.replace(/-range$/, ''));
      return r.offsetParent !== null && f && f.type === 'number';
    });
    return [visible[0].id, visible[1].id.replace(/-range$/, '')];
  });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.updateSeq), undefined, 'the app has not started');

  const before = await page.$eval(`#${slider}`, (el) => +el.value);
  const step = await page.$eval(`#${slider}`, (el) => +el.step || 1);
  await page.focus(`#${slider}`);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const moved = await page.$eval(`#${slider}`, (el) => +el.value);
  assert.ok(moved > before, `the pre-rendered slider moves (${before} -> ${moved})`);

  const typed = String(Math.round((await page.$eval(`#${field}`, (el) => +el.value)) * 2 * 100) / 100);
  await page.fill(`#${field}`, typed);
  await page.press(`#${field}`, 'Enter');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.updateSeq), undefined, 'still before the app started');

  release();
  await waitForCharts(page, view);
  const fieldOf = slider.replace(/-range$/, '');
  await page.waitForFunction(([id, v, s]) => Math.abs(+document.getElementById(id).value - v) <= s / 2 + 1e-9,
    [fieldOf, moved, step], { timeout: 10000 }).catch(() => {});
  const shown = await page.$eval(`#${fieldOf}`, (el) => +el.value);
  assert.ok(Math.abs(shown - moved) <= step / 2 + 1e-9, `${fieldOf} shows the slider's early value ${moved} (shows ${shown}, was ${before})`);
  assert.ok(Math.abs((await page.$eval(`#${slider}`, (el) => +el.value)) - moved) <= step / 2 + 1e-9, 'the slider stays where it was moved');
  assert.equal(+(await page.$eval(`#${field}`, (el) => el.value)), +typed, `${field} keeps the number typed early`);
  await page.waitForFunction(([a, b]) => {
    const q = new URL(location.href).searchParams;
    return q.has(a) && q.has(b);
  }, [queryKey(fieldOf), queryKey(field)], { timeout: 10000 }).catch(() => {});
  const q = new URL(page.url()).searchParams;
  assert.ok(q.has(queryKey(fieldOf)) && q.has(queryKey(field)), `the link carries both early changes: ${page.url()}`);
  assert.deepEqual(errors, [], 'no console errors');
});
