// The timeline plays: Play steps the ledger's date forward (the address,
// the date field and the chart follow), Pause holds it, and Play at the
// last date starts again from the first. The claim's dates and the claimed total
// are drawn as reference lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startExplorer, views, viewURL, waitForCharts } from './explorer-helpers.mjs';

const timeline = views.find((v) => v.path === 'timeline');

// asOf returns the date in the address.
const asOf = (page) => new URL(page.url()).searchParams.get('as_of');

// lastPoint returns the last date of the headline line and the reference
// lines' dates and values.
async function drawn(page) {
  return page.evaluate(() => {
    const el = document.getElementById('chart-timeline');
    const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
    const line = inst.getOption().series.find((s) => s.name === 'Headline total');
    const marks = ((line.markLine && line.markLine.data) || []).map((d) => (d.xAxis !== undefined ? `x:${d.xAxis}` : `y:${d.yAxis}`));
    return { last: line.data[line.data.length - 1][0], marks };
  });
}

// pressed waits until the play button's aria-pressed is want.
async function pressed(page, want) {
  await page.waitForFunction((w) => document.getElementById('timeline-play').getAttribute('aria-pressed') === w, want, { timeout: 5000 })
    .catch(() => assert.fail(`the play button is not aria-pressed=${want}`));
}

test('the timeline plays and pauses over the ledger dates', async (t) => {
  const { server, page, errors } = await startExplorer(t, { staticSite: false });

  await t.test('the claim dates and the claimed total are marked', async () => {
    await page.goto(viewURL(server.baseURL, 'timeline'));
    await waitForCharts(page, timeline);
    const d = await drawn(page);
    assert.ok(d.marks.includes('x:2025-10-28') && d.marks.includes('x:2025-11-06'), `claim dates marked (${d.marks})`);
    assert.ok(d.marks.some((m) => /^y:1[34]\d\d(\.\d+)?$/.test(m)), `the claimed ~$1.4T total is marked (${d.marks})`);
  });

  await t.test('Play steps forward through the dates and Pause holds', async () => {
    await page.goto(viewURL(server.baseURL, 'timeline', 'as_of=2025-01-21'));
    await waitForCharts(page, timeline);
    const play = page.locator('#timeline-play');
    assert.equal(await play.getAttribute('aria-pressed'), 'false');
    await play.click();
    await pressed(page, 'true');
    const seen = new Set();
    for (let i = 0; i < 30 && seen.size < 3; i++) {
      await page.waitForTimeout(300);
      seen.add(asOf(page));
    }
    const dates = [...seen].filter((d) => d !== '2025-01-21').sort();
    assert.ok(dates.length >= 2, `the date moved on at least twice (${[...seen]})`);
    await play.click();
    await pressed(page, 'false');
    await page.waitForTimeout(400); // the address follows 150 ms after the last step
    const held = asOf(page);
    await page.waitForTimeout(2000);
    assert.equal(asOf(page), held, 'paused, the date holds');
    const d = await drawn(page);
    assert.ok(d.last <= held, `the chart is drawn up to the date shown (${d.last} <= ${held})`);
    assert.equal(await page.inputValue('#ctl-as_of'), held, 'the date field shows it');
    assert.match(await page.locator('#timeline-where').textContent(), new RegExp(held));
  });

  await t.test('Play at the last date starts again from the first', async () => {
    await page.goto(viewURL(server.baseURL, 'timeline'));
    await waitForCharts(page, timeline);
    const last = asOf(page) || (await page.inputValue('#ctl-as_of'));
    await page.locator('#timeline-play').click(); // from the last: starts again at the first
    await page.waitForTimeout(1200);
    assert.ok(asOf(page) < last, `Play at the last date starts again from the first (${asOf(page)} < ${last})`);
    await page.locator('#timeline-play').click();
    await pressed(page, 'false');
  });

  await t.test('Play stops by itself at the last date', async () => {
    await page.goto(viewURL(server.baseURL, 'timeline'));
    await waitForCharts(page, timeline);
    const where = await page.locator('#timeline-where').textContent();
    const m = /date (\d+) of (\d+)/.exec(where);
    assert.ok(m && m[1] === m[2], `the view opens on the last date (${where})`);
    const dates = await page.evaluate(() => {
      const el = document.getElementById('chart-timeline');
      const inst = window.echarts.getInstanceByDom(el) || window.echarts.getInstanceByDom(el.firstElementChild);
      return [...new Set(inst.getOption().series.find((s) => s.name === 'Headline total').data.map((p) => p[0]))];
    });
    const [before, last] = dates.slice(-2);
    await page.goto(viewURL(server.baseURL, 'timeline', `as_of=${before}`));
    await waitForCharts(page, timeline);
    assert.match(await page.locator('#timeline-where').textContent(), new RegExp(`${before} \\(date ${Number(m[2]) - 1} of ${m[2]}\\)`));
    await page.locator('#timeline-play').click();
    await pressed(page, 'false'); // one step to the last date, then the player stops
    await page.waitForTimeout(2000);
    assert.equal(asOf(page), last, 'it stops on the last date');
    assert.equal(await page.inputValue('#ctl-as_of'), last, 'the date field shows it');
    assert.match(await page.locator('#timeline-where').textContent(), new RegExp(`${last} \\(date ${m[2]} of ${m[2]}\\)`));
    assert.equal((await page.locator('#timeline-play').textContent()).trim(), '▶ Play', 'the button offers Play again');
    assert.equal((await drawn(page)).last, last, 'the chart is drawn up to the last date');
  });

  assert.deepEqual(errors, [], 'no console errors');
});
