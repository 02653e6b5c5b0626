// Every slider agrees with its number field once the app has started, on
// every view with sliders, over fresh loads; and one ArrowRight on a
// slider moves its value by one step (no jump that then goes into the link).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts, updateSeq, waitForUpdate } from './explorer-helpers.mjs';

const loads = Number(process.env.SLIDER_LOADS || 20);

// sliders returns each slider that has a number field: its id, value,
// bounds and step, the field's value, and whether it is visible.
async function sliders(page) {
  return page.evaluate(() => [...document.querySelectorAll('input[type="range"]')].map((r) => {
    const field = document.getElementById(r.id.replace(/-range$/, ''));
    if (!field || field.type !== 'number') return null;
    return {
      id: r.id, value: +r.value, min: +r.min, max: +r.max, step: +r.step || 1,
      // checkVisibility: a slider inside a closed <details> has an
      // offsetParent but cannot take the focus.
      field: field.value === '' ? null : +field.value, visible: r.checkVisibility(),
    };
  }).filter(Boolean));
}

test('sliders agree with their number fields after the app starts, and step by one step', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });

  let viewsWithSliders = 0;
  for (const view of views) {
    for (let load = 0; load < loads; load++) {
      await page.goto(viewURL(server.baseURL, view.path));
      await waitForCharts(page, view);
      const all = await sliders(page);
      if (all.length === 0) break;
      if (load === 0) viewsWithSliders++;
      for (const s of all) {
        const want = Math.min(s.max, Math.max(s.min, s.field));
        assert.ok(Math.abs(s.value - want) <= s.step / 2 + 1e-9,
          `/${view.path} load ${load + 1}: ${s.id} shows ${s.value}, its field ${s.field} (slider ${s.min}..${s.max} step ${s.step})`);
      }

      // One ArrowRight on one visible slider (another each load).
      const shown = all.filter((s) => s.visible && s.value + s.step <= s.max);
      if (shown.length === 0) continue;
      const s = shown[load % shown.length];
      const seq = await updateSeq(page);
      await page.focus(`#${s.id}`);
      await page.keyboard.press('ArrowRight');
      await waitForUpdate(page, seq);
      // The charts are drawn first; the field follows on the next frame.
      await page.waitForFunction(([id, old]) => +document.getElementById(id.replace(/-range$/, '')).value !== old,
        [s.id, s.field], { timeout: 5000 }).catch(() => {});
      const after = (await sliders(page)).find((x) => x.id === s.id);
      // A value beyond the slider (0 for "not set", or typed) shows the
      // thumb at the slider's end: the step is from there.
      const from = Math.min(s.max, Math.max(s.min, s.field === null ? s.value : s.field));
      const moved = after.field - from;
      assert.ok(Math.abs(moved - s.step) <= s.step * 1e-6 + 1e-9,
        `/${view.path} load ${load + 1}: ArrowRight on ${s.id} moved ${from} to ${after.field}, want one step of ${s.step}`);
      assert.ok(Math.abs(after.value - after.field) <= s.step / 2 + 1e-9, `${s.id} and its field agree after ArrowRight`);
    }
  }
  assert.ok(viewsWithSliders > 0, 'some view has sliders');
  assert.deepEqual(errors, [], 'no console errors');
});
