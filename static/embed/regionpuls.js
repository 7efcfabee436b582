// @ts-check
/**
 * Regionpuls embed script, loaded by a host page from Regionpuls's own origin:
 *   <script src="https://<regionpuls>/embed/regionpuls.js" async></script>
 *
 * 1. Auto-height: the /embed page posts {type: 'regionpuls:height', height} to its parent. This
 *    script accepts the message only from the origin it was itself loaded from, finds the iframe
 *    whose window sent it, and sets that iframe's height. It pings frames that may have reported
 *    before it started listening (it is async, so it can run after an iframe has loaded).
 * 2. Host theme: an embed with `theme=auto` (the default) follows this page's colours. The script
 *    tells each frame whether the background behind it is light or dark, and again when the page
 *    switches (a class or style on <html>/<body>, or the system's setting).
 * 3. <regionpuls-chart indicator="…" regions="…" [mode] [base] [theme] [v]>: an element that shows
 *    the chart in an iframe. The snippet puts that iframe inside the element, so without this script
 *    (blocked, or JavaScript off) the browser still shows it; with it, the element adopts the iframe
 *    — it loads no second one — and keeps its address in step with the attributes.
 *
 * Written for a strict host Content-Security-Policy: no eval, no inline styles or scripts injected
 * (heights go through the CSSOM, which CSP does not restrict), no requests of its own.
 * Plain ES2017, no build step: it is copied as is from static/embed/.
 */
(function () {
  'use strict';
  var script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  if (!script || !script.src) return;
  var ORIGIN = new URL(script.src).origin;
  var EMBED_PAGE = new URL('../embed', script.src).href;
  var HEIGHT = 'regionpuls:height';
  var PING = 'regionpuls:ping';
  var HOST_THEME = 'regionpuls:host-theme';
  // g1 … g5: the user's own regions (`g1="Vår region:3103,3112,3114"`), named in `regions` as egen-1 … egen-5.
  var PARAMS = ['indicator', 'regions', 'mode', 'base', 'theme', 'lang', 'v', 'g1', 'g2', 'g3', 'g4', 'g5'];
  /** Defaults a URL may leave out: an attribute equal to one of these matches a missing parameter. */
  var DEFAULTS = /** @type {Record<string, string>} */ ({ mode: 'absolute', theme: 'auto', lang: 'nb' });

  // One listener per Regionpuls origin, however many snippets include the script.
  var w = /** @type {Window & { __regionpulsEmbed?: Record<string, boolean> }} */ (window);
  /** @type {Record<string, boolean>} */
  var loaded = (w.__regionpulsEmbed = w.__regionpulsEmbed || {});
  if (loaded[ORIGIN]) return;
  loaded[ORIGIN] = true;

  /** @param {HTMLIFrameElement} frame */
  function isOurs(frame) {
    try {
      return new URL(frame.src, location.href).origin === ORIGIN;
    } catch (_) {
      return false;
    }
  }

  /** @param {HTMLIFrameElement} frame */
  function ping(frame) {
    if (frame.contentWindow && isOurs(frame)) frame.contentWindow.postMessage({ type: PING }, ORIGIN);
  }

  function pingAll() {
    var frames = document.querySelectorAll('iframe[data-regionpuls]');
    for (var i = 0; i < frames.length; i++) ping(/** @type {HTMLIFrameElement} */ (frames[i]));
  }

  /**
   * 'dark' when the colour behind the frame is dark, else 'light': the first opaque background from
   * the frame's parent up to <html>, and with none, the page's declared `color-scheme`. A page that
   * says nothing is light, as the browser paints it.
   * @param {Element} frame
   */
  function hostTheme(frame) {
    for (var el = frame.parentElement; el; el = el.parentElement) {
      var rgba = getComputedStyle(el).backgroundColor.match(/[\d.]+/g);
      if (!rgba || rgba.length < 3 || (rgba.length > 3 && Number(rgba[3]) < 0.5)) continue;
      var luminance = 0.2126 * Number(rgba[0]) + 0.7152 * Number(rgba[1]) + 0.0722 * Number(rgba[2]);
      return luminance < 128 ? 'dark' : 'light';
    }
    return getComputedStyle(document.documentElement).colorScheme === 'dark' ? 'dark' : 'light';
  }

  /** @type {WeakMap<HTMLIFrameElement, string>} the theme last sent to each frame */
  var sent = new WeakMap();

  /**
   * Tells a frame the host's theme when it changed (the frame follows it only for `theme=auto`).
   * @param {HTMLIFrameElement} frame
   * @param {boolean} [force]
   */
  function sendTheme(frame, force) {
    if (!frame.contentWindow || !isOurs(frame)) return;
    var theme = hostTheme(frame);
    if (!force && sent.get(frame) === theme) return;
    sent.set(frame, theme);
    frame.contentWindow.postMessage({ type: HOST_THEME, theme: theme }, ORIGIN);
  }

  function sendThemeAll() {
    var frames = document.querySelectorAll('iframe[data-regionpuls]');
    for (var i = 0; i < frames.length; i++) sendTheme(/** @type {HTMLIFrameElement} */ (frames[i]));
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== ORIGIN) return;
    var data = event.data;
    if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var height = Math.max(60, Math.min(10000, Math.ceil(data.height)));
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame && frame.contentWindow === event.source && isOurs(frame)) {
        frame.style.height = height + 'px';
        // A frame reports its height once it has started, which is when it can hear the theme; a
        // reloaded frame starts from light again, so every report is answered.
        sendTheme(frame, true);
      }
    }
  });

  // Sites switch dark mode by a class or attribute on <html>/<body>, or follow the system.
  var pending = false;
  function themeMayHaveChanged() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      sendThemeAll();
    });
  }
  if (window.matchMedia) {
    var query = window.matchMedia('(prefers-color-scheme: dark)');
    if (query.addEventListener) query.addEventListener('change', themeMayHaveChanged);
  }
  if (window.MutationObserver) {
    var watch = new MutationObserver(themeMayHaveChanged);
    var options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme'] };
    watch.observe(document.documentElement, options);
    if (document.body) watch.observe(document.body, options);
    else
      document.addEventListener('DOMContentLoaded', function () {
        if (document.body) watch.observe(document.body, options);
      });
  }

  /**
   * The embed address an element's attributes describe, or null when it has none (then its iframe is
   * left exactly as written).
   * @param {Element} el
   */
  function addressOf(el) {
    if (!el.getAttribute('indicator') && !el.getAttribute('regions')) return null;
    var url = new URL(EMBED_PAGE);
    for (var i = 0; i < PARAMS.length; i++) {
      var name = PARAMS[i] || '';
      var value = (el.getAttribute(name) || '').trim();
      if (value && value !== DEFAULTS[name]) url.searchParams.set(name, value);
    }
    return url.href.replace(/%2C/gi, ',');
  }

  /**
   * Whether the iframe already shows what the attributes describe (so it is not loaded twice
   * because of spelling differences such as "," vs "%2C" or a parameter order).
   * @param {string} current
   * @param {string} wanted
   */
  function sameChart(current, wanted) {
    try {
      var a = new URL(current, location.href);
      var b = new URL(wanted);
      if (a.origin + a.pathname !== b.origin + b.pathname) return false;
      for (var i = 0; i < PARAMS.length; i++) {
        var name = PARAMS[i] || '';
        var fallback = DEFAULTS[name] || '';
        if ((a.searchParams.get(name) || fallback) !== (b.searchParams.get(name) || fallback)) return false;
      }
      return true;
    } catch (_) {
      return false;
    }
  }

  class RegionpulsChart extends HTMLElement {
    static get observedAttributes() {
      return PARAMS;
    }
    connectedCallback() {
      this.style.display = 'block';
      this.sync();
    }
    attributeChangedCallback() {
      if (this.isConnected) this.sync();
    }
    sync() {
      var frame = this.querySelector('iframe');
      var wanted = addressOf(this);
      if (!frame) {
        if (!wanted) return;
        frame = document.createElement('iframe');
        frame.width = '100%';
        frame.height = '600';
        frame.title = this.getAttribute('label') || 'Regionpuls';
        frame.setAttribute('frameborder', '0');
        frame.setAttribute('loading', 'lazy');
        frame.setAttribute('data-regionpuls', '');
        frame.src = wanted;
        this.appendChild(frame);
        return;
      }
      if (!frame.hasAttribute('data-regionpuls')) frame.setAttribute('data-regionpuls', '');
      if (wanted && !sameChart(frame.src, wanted)) {
        // A new src on a lazy iframe races its deferred first load (the browser may resume loading the
        // old address after the new one, or not at all): a copy that has only ever had the wanted
        // address takes its place, with the same size, title and style.
        var fresh = /** @type {HTMLIFrameElement} */ (frame.cloneNode(false));
        fresh.src = wanted;
        frame.replaceWith(fresh);
      } else ping(frame);
    }
  }

  if (!customElements.get('regionpuls-chart')) customElements.define('regionpuls-chart', RegionpulsChart);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', pingAll);
  pingAll();
})();
