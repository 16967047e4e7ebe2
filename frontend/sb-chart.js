/*
 * <sb-chart>: a small Apache ECharts wrapper (radar charts, trend lines, ...).
 *
 * Plain custom element, no build step. Needs the global `echarts`, loaded beforehand
 * from /webjars/echarts/5.5.0/echarts.min.js. Loaded with
 * @JavaScript("context://frontend-static/sb-chart.js").
 *
 * - `option` property: ECharts option as a JSON string or an object; applied with
 *   chart.setOption(option, true) (not merged with the previous one).
 * - JSON cannot carry functions, so a few named conventions stand in for them:
 *   "tooltipFormatter": "radarLevels" gives radar tooltips one line per indicator
 *   ("Indicator: value"), using optional "levelNames" {"3": "Aplicar", ...} for the values
 *   and, after each value, the data item's optional "notes" [..] (one per indicator, e.g. a spread).
 *   "tooltipFormatter": "axisShown" gives axis tooltips (line charts) one line per series with the data item's
 *   "shown" text ({"value": 4.333, "shown": "4,3"}), so that numbers read as the server wrote them in the
 *   reader's language rather than as JavaScript prints them.
 *   The key itself is removed before the option reaches ECharts.
 * - "yLevels": ["G", "F", ...] labels the value axis' whole numbers by a scale's level codes (1 = the first).
 * - After each option has been rendered (ECharts 'finished' event) the element sets the
 *   attribute data-rendered and dispatches `chart-rendered`.
 * - toPng(): PNG data URL of the chart (pixelRatio 2, white background), or null.
 * - download(fileName): saves that PNG as a file, without a round trip to the server.
 */
(() => {
  'use strict';

  const TAG = 'sb-chart';
  if (customElements.get(TAG)) return;

  const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const esc = (s) => (s == null ? '' : String(s).replace(/[&<>"']/g, (ch) => ESC[ch]));

  // Named formatters that JSON options can refer to.
  const FORMATTERS = {
    radarLevels(option) {
      const names = option.levelNames && typeof option.levelNames === 'object' ? option.levelNames : {};
      const radar = Array.isArray(option.radar) ? option.radar[0] : option.radar;
      const indicators = radar && Array.isArray(radar.indicator) ? radar.indicator : [];
      return (p) => {
        const values = Array.isArray(p.value) ? p.value : [];
        const notes = p.data && Array.isArray(p.data.notes) ? p.data.notes : [];
        let h = `${p.marker || ''}<b>${esc(p.name || p.seriesName)}</b>`;
        indicators.forEach((ind, i) => {
          const v = values[i];
          const shown = v == null || v === '-' ? '\u2013' : (names[String(v)] ? `${v} ${names[String(v)]}` : v);
          const note = notes[i] ? ` <span style="opacity:.7">(${esc(notes[i])})</span>` : '';
          h += `<br>${esc(ind.name)}: <b>${esc(shown)}</b>${note}`;
        });
        return h;
      };
    },
    axisShown() {
      return (params) => {
        const list = Array.isArray(params) ? params : [params];
        if (!list.length) return '';
        const first = list[0];
        let h = esc(first.axisValueLabel != null ? first.axisValueLabel : first.name);
        list.forEach((p) => {
          const item = p.data && typeof p.data === 'object' ? p.data : null;
          const shown = item && item.shown != null ? item.shown : (p.value == null ? '\u2013' : p.value);
          h += `<br>${p.marker || ''}${esc(p.seriesName)}: <b>${esc(shown)}</b>`;
        });
        return h;
      };
    }
  };

  class SbChart extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = '<style>:host{display:block;position:relative;min-height:300px}:host([hidden]){display:none}' +
        '.chart{position:absolute;inset:0}</style><div class="chart" part="chart"></div>';
      this.container = root.querySelector('.chart');
      this.chart = null;
      this._option = null;
      this._pending = false;
      this._wait = 0;
      // a hidden chart (another tab shown) keeps its last size, so that it can still be saved as PNG
      this._ro = new ResizeObserver(() => {
        if (this.chart && this.clientWidth > 0 && this.clientHeight > 0) this.chart.resize();
      });
    }

    connectedCallback() {
      // A property set before this element was upgraded shadows the setter: re-apply it.
      if (Object.prototype.hasOwnProperty.call(this, 'option')) {
        const v = this.option;
        delete this.option;
        this.option = v;
      }
      this._ro.observe(this);
      this._init();
    }

    disconnectedCallback() {
      this._ro.disconnect();
      clearTimeout(this._wait);
      this._wait = 0;
      if (this.chart) {
        this.chart.dispose();
        this.chart = null;
      }
    }

    get option() { return this._option; }

    set option(value) {
      let o = value;
      if (typeof o === 'string') {
        try { o = o.trim() ? JSON.parse(o) : null; } catch (err) { console.error('sb-chart: bad JSON', err); o = null; }
      }
      this._option = o && typeof o === 'object' ? o : null;
      this.removeAttribute('data-rendered');
      this._apply();
    }

    /** PNG data URL of the current chart, or null before it is initialised. */
    toPng() {
      return this.chart ? this.chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }) : null;
    }

    /** Saves the chart as a PNG file. */
    download(fileName) {
      const url = this.toPng();
      if (!url) return;
      // a Blob, not the data URL itself: browsers limit or refuse downloads of long data URLs
      const bytes = atob(url.substring(url.indexOf(',') + 1));
      const buffer = new Uint8Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) buffer[i] = bytes.charCodeAt(i);
      const href = URL.createObjectURL(new Blob([buffer], { type: 'image/png' }));
      const link = document.createElement('a');
      link.href = href;
      link.download = fileName || 'chart.png';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60000);
    }

    _init() {
      if (this.chart || !this.isConnected) return;
      if (typeof window.echarts === 'undefined') {
        // echarts.min.js may still be loading: try again shortly
        clearTimeout(this._wait);
        this._wait = setTimeout(() => this._init(), 50);
        return;
      }
      this.chart = window.echarts.init(this.container, null, { renderer: 'canvas' });
      this.chart.on('finished', () => {
        if (!this._pending) return;
        this._pending = false;
        this.setAttribute('data-rendered', '');
        this.dispatchEvent(new CustomEvent('chart-rendered', { bubbles: true, composed: true }));
      });
      this._apply();
    }

    _apply() {
      if (!this.chart) return;
      if (!this._option) {
        this.chart.clear();
        return;
      }
      const o = Object.assign({}, this._option);
      const fmt = o.tooltipFormatter;
      delete o.tooltipFormatter;
      delete o.levelNames;
      // "yLevels": ["G", "F", ...] names the value axis' whole numbers 1, 2, ... by a scale's level codes
      const levels = Array.isArray(o.yLevels) ? o.yLevels : null;
      delete o.yLevels;
      if (levels && o.yAxis && !Array.isArray(o.yAxis)) {
        o.yAxis = Object.assign({}, o.yAxis, {
          axisLabel: Object.assign({}, o.yAxis.axisLabel || {}, {
            formatter: (v) => (Number.isInteger(v) && levels[v - 1] != null ? levels[v - 1] : '')
          })
        });
      }
      if (typeof fmt === 'string' && FORMATTERS[fmt]) {
        o.tooltip = Object.assign({ trigger: 'item' }, o.tooltip || {}, { formatter: FORMATTERS[fmt](this._option) });
      }
      this._pending = true;
      this.chart.setOption(o, true);
    }
  }

  customElements.define(TAG, SbChart);
})();
