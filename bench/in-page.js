// Injected into every benchmark page before its own scripts (plain JS: it runs in the browser as is).
// 1. Load probe: the first animation frame in which a chart is visible, and the frame in which the
//    start-up progress element is gone ("interactive").
// 2. Interaction runner: performs one UI action in-page, timed from just before the input event to
//    the chart's final render (window.__regionpuls.lastRenderAt), so no CDP round trip is counted.
(() => {
  const probe = { chartVisibleAt: null, progressSeen: false, progressGoneAt: null };

  // A view whose chart is not the page's first (a target link's detail) names its own selector.
  const CHART =
    window.__benchChartSelector || '[data-testid=chart] svg, [data-testid=report] svg, main figure svg';

  function chartVisible() {
    for (const svg of document.querySelectorAll(CHART)) {
      const r = svg.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && getComputedStyle(svg).visibility !== 'hidden') return true;
    }
    return false;
  }

  function watch() {
    const now = performance.now();
    if (probe.chartVisibleAt === null && chartVisible()) probe.chartVisibleAt = now;
    if (document.querySelector('[data-testid=progress]')) probe.progressSeen = true;
    else if (probe.progressSeen && probe.progressGoneAt === null) probe.progressGoneAt = now;
    if (probe.chartVisibleAt === null || probe.progressGoneAt === null) requestAnimationFrame(watch);
  }
  requestAnimationFrame(watch);

  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const renders = () => (window.__regionpuls && window.__regionpuls.renders) || 0;
  const loadingShown = () => !!document.querySelector('main p.loading, main .result [role=status]');

  function fire(el, type) {
    el.dispatchEvent(new Event(type, { bubbles: true }));
  }

  function selected() {
    return [...document.querySelectorAll('ul.chips li[data-code]')].map((li) => li.getAttribute('data-code'));
  }

  /** Turns a planned action into one that changes the view now (the UI's state decides). */
  function resolve(action, pool) {
    const chosen = selected();
    const radio = (label) =>
      [...document.querySelectorAll('input[type=radio]')].find(
        (r) => r.parentElement.textContent.trim() === label,
      );
    const modeNow = [...document.querySelectorAll('input[type=radio]')].find((r) => r.checked);
    const modeLabel = modeNow ? modeNow.parentElement.textContent.trim() : '';
    if (action.kind === 'remove' && chosen.length <= 2) action = { kind: 'add' };
    if (action.kind === 'add' && chosen.length >= 8) action = { kind: 'remove', index: 0 };
    if (action.kind === 'add') {
      const code =
        pool.find((c, i) => i >= (action.from || 0) && !chosen.includes(c)) ||
        pool.find((c) => !chosen.includes(c));
      return { kind: 'add', code, label: `add ${code}` };
    }
    if (action.kind === 'remove') {
      const code = chosen[(action.index || 0) % chosen.length];
      return { kind: 'remove', code, label: `remove ${code}` };
    }
    if (action.kind === 'indicator') {
      const sel = document.querySelector('[data-testid=indicator]');
      const values = [...sel.options].map((o) => o.value);
      const next = values[(values.indexOf(sel.value) + 1) % values.length];
      return { kind: 'indicator', value: next, label: `indicator ${next}` };
    }
    if (action.kind === 'base') {
      const sel = document.querySelector('[data-testid=base-year]');
      if (!sel) return { kind: 'mode', label: 'mode Indeksert vekst', radio: radio('Indeksert vekst') };
      const values = [...sel.options].map((o) => o.value).filter((v) => v !== sel.value);
      const value = values[(action.index || 0) % values.length];
      return { kind: 'base', value, label: `base ${value}` };
    }
    // mode: the wanted one if it is enabled and not current, else another enabled one
    const order = [action.mode, 'Indeksert vekst', 'Absolutte tall', 'Per 1 000 innbyggere'];
    const label = order.find((l) => l !== modeLabel && radio(l) && !radio(l).disabled);
    return { kind: 'mode', label: `mode ${label}`, radio: radio(label) };
  }

  async function prepare(a) {
    if (a.kind !== 'add') return;
    // Typing is not part of the measured interaction: fill the search, let the match list render.
    const input = document.querySelector('input[role=combobox]');
    input.focus();
    input.value = a.code;
    fire(input, 'input');
    await frame();
    await frame();
  }

  function act(a) {
    if (a.kind === 'add') {
      document
        .querySelector('input[role=combobox]')
        .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    } else if (a.kind === 'remove') {
      document.querySelector(`ul.chips li[data-code="${CSS.escape(a.code)}"] button`).click();
    } else if (a.kind === 'indicator' || a.kind === 'base') {
      const sel = document.querySelector(
        a.kind === 'indicator' ? '[data-testid=indicator]' : '[data-testid=base-year]',
      );
      sel.value = a.value;
      fire(sel, 'change');
    } else {
      a.radio.click();
    }
  }

  /** Runs one action; resolves with its latency once the chart has drawn its final render. */
  async function step(action, pool, timeoutMs) {
    const a = resolve(action, pool);
    await prepare(a);
    const before = renders();
    const search = location.search;
    const t0 = performance.now();
    act(a);
    let doneAt = null;
    let outcome = 'timeout';
    while (performance.now() - t0 < timeoutMs) {
      await frame();
      const busy = loadingShown();
      // A view without a chart (no data) counts once the URL has moved on and nothing is loading.
      const moved = location.search !== search;
      if (!busy && renders() > before && document.querySelector('[data-testid=chart]')) outcome = 'chart';
      else if (!busy && moved && document.querySelector('[data-testid=empty]')) outcome = 'empty';
      else if (!busy && moved && document.querySelector('main [role=alert]')) outcome = 'error';
      else continue;
      doneAt = outcome === 'chart' ? window.__regionpuls.lastRenderAt : performance.now();
      break;
    }
    if (outcome === 'chart') {
      // "Final" render: wait briefly for a redraw that follows (e.g. a width change), and take the last.
      await sleep(60);
      await frame();
      if (!loadingShown()) doneAt = window.__regionpuls.lastRenderAt;
    }
    // Engine calls during this step (page cache misses), timed by src/lib/db/start.ts: the data part.
    const calls = ((window.__regionpuls && window.__regionpuls.queries) || []).filter((q) => q.start >= t0);
    const dataMs = calls.length ? Math.max(...calls.map((q) => q.end)) - t0 : null;
    const { label } = a;
    return {
      label,
      outcome,
      ms: doneAt === null ? null : doneAt - t0,
      renders: renders() - before,
      queries: calls.length,
      dataMs,
    };
  }

  /** Load finished: a chart is visible and the page is interactive (or an error is shown). */
  function loaded() {
    if (document.querySelector('main [role=alert]')) return true;
    if (probe.chartVisibleAt === null) return false;
    if (probe.progressGoneAt !== null) return true;
    // A page that never shows start-up progress (the region report, an embed, the floor) is
    // interactive once loaded.
    return !probe.progressSeen && document.readyState === 'complete';
  }

  function snapshot() {
    const mark = (name) => {
      const e = performance.getEntriesByName(name)[0];
      return e ? e.startTime : null;
    };
    const nav = performance.getEntriesByType('navigation')[0];
    return {
      timeOrigin: performance.timeOrigin,
      chart: probe.chartVisibleAt,
      interactive: probe.progressSeen ? probe.progressGoneAt : nav ? nav.loadEventEnd : null,
      live: mark('regionpuls:first-chart'),
      engineStart: mark('regionpuls:engine-start'),
      engine: mark('regionpuls:engine-ready'),
      stages: (window.__regionpuls && window.__regionpuls.timings) || {},
    };
  }

  window.__bench = { probe, step, loaded, snapshot };
})();
