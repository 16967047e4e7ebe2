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
 * - "radarFit": {"lineChars": 20, "top": 8, "bottom": 32} wraps each radar indicator's name onto
 *   lines of about lineChars characters (whole words, never cut; shorter on a narrow chart) and sizes
 *   and centres the radar so that every name stays inside the chart, leaving at least top pixels above
 *   (more under a title, which is wrapped to the chart's width) and bottom pixels for a legend; done
 *   again when the chart's width changes.
 * - "xLabelsFit": true names every category of the x axis (none dropped), wrapped to the width each
 *   category has, and turned on its side when that is too narrow to read; done again on resize.
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

  /**
   * Splits a name into at most three lines of whole words, each about `lineChars` long or less,
   * as evenly as the words allow ("Innovatsioon ja\nkoosloome"). A single long word stays whole.
   */
  const wrapWords = (name, lineChars) => {
    const text = name == null ? '' : String(name);
    const words = text.split(/\s+/).filter(Boolean);
    if (text.length <= lineChars || words.length < 2) return text;
    // two lines where two hold it without lines much longer than asked, three at most
    const lines = Math.min(text.length <= lineChars * 2.4 ? 2 : 3, words.length);
    let best = null;
    // every way to cut the words into `lines` lines; names are short, so trying them all is cheap
    const tryCuts = (start, left, acc) => {
      if (left === 1) {
        const all = acc.concat([words.slice(start).join(' ')]);
        const widest = Math.max(...all.map((l) => l.length));
        if (!best || widest < best.widest) best = { widest, all };
        return;
      }
      for (let end = start + 1; end <= words.length - left + 1; end++) {
        tryCuts(end, left - 1, acc.concat([words.slice(start, end).join(' ')]));
      }
    };
    tryCuts(0, lines, []);
    return best.all.join('\n');
  };

  let measureContext = null;
  const textWidth = (text, fontSize) => {
    if (!measureContext) measureContext = document.createElement('canvas').getContext('2d');
    measureContext.font = `${fontSize}px sans-serif`;
    return Math.max(0, ...String(text).split('\n').map((line) => measureContext.measureText(line).width));
  };

  /**
   * The radar's centre and radius for a chart of width w and height h, such that every
   * indicator's (wrapped) name fits inside: a name to the right of the centre starts at its
   * axis' end and runs right, one at the top sits above it, and so on, as ECharts places them.
   * Names are wrapped to the line length that leaves the largest radius (shorter lines on a phone).
   */
  const fitRadar = (radar, fit, w, h, top) => {
    const indicators = Array.isArray(radar.indicator) ? radar.indicator : [];
    const axisName = Object.assign({}, radar.axisName || {});
    const fontSize = axisName.fontSize || 12;
    const lineHeight = Math.round(fontSize * 1.25);
    const gap = radar.nameGap != null ? radar.nameGap : 6;
    const pad = 4;
    const bottom = fit.bottom || 0;
    const cx = w / 2;
    const cy = top + (h - top - bottom) / 2;
    const halfH = (h - top - bottom) / 2;
    const start = (radar.startAngle != null ? radar.startAngle : 90) * Math.PI / 180;
    const radiusFor = (lineChars) => {
      let radius = Math.min(w / 2, halfH) - pad;
      indicators.forEach((indicator, i) => {
        const name = wrapWords(indicator.name, lineChars);
        const width = textWidth(name, fontSize);
        const height = name.split('\n').length * lineHeight;
        const angle = start + (i * 2 * Math.PI) / indicators.length;
        const cos = Math.abs(Math.cos(angle));
        const sin = Math.abs(Math.sin(angle));
        // across: a name beside the axis' end runs away from the centre; one above or below is centred on it
        const across = cos < 0.05 ? (w / 2 - pad - width / 2) / Math.max(cos, 1e-6)
          : (w / 2 - pad - width) / cos - gap;
        // up and down: a name above or below sits beyond the axis' end; one beside it is centred on it
        const upDown = sin < 0.05 ? (halfH - pad - height / 2) / Math.max(sin, 1e-6)
          : (halfH - pad - height) / sin - gap;
        radius = Math.min(radius, across, upDown);
      });
      return radius;
    };
    const wanted = fit.lineChars || 20;
    let best = { lineChars: wanted, radius: radiusFor(wanted) };
    [16, 13, 10].filter((n) => n < wanted).forEach((lineChars) => {
      const radius = radiusFor(lineChars);
      // shorter lines only where they buy a clearly larger radar
      if (radius > best.radius + 8) best = { lineChars, radius };
    });
    const radius = Math.max(24, Math.floor(best.radius));
    delete axisName.width;
    delete axisName.overflow;
    axisName.lineHeight = lineHeight;
    axisName.formatter = (name) => wrapWords(name, best.lineChars);
    return Object.assign({}, radar, { center: [cx, cy], radius, nameGap: gap, axisName });
  };

  /** A title wrapped to the chart's width; returns the height it takes, with a little space below. */
  const fitTitle = (o, w) => {
    if (!o.title || Array.isArray(o.title)) return 0;
    const title = Object.assign({}, o.title);
    const textStyle = Object.assign({ fontSize: 18 }, title.textStyle || {});
    const subStyle = Object.assign({ fontSize: 12 }, title.subtextStyle || {});
    const width = Math.max(80, w - 16);
    textStyle.width = width;
    textStyle.overflow = 'break';
    textStyle.lineHeight = Math.round(textStyle.fontSize * 1.3);
    subStyle.width = width;
    subStyle.overflow = 'break';
    subStyle.lineHeight = Math.round(subStyle.fontSize * 1.35);
    title.textStyle = textStyle;
    title.subtextStyle = subStyle;
    title.itemGap = 4;
    o.title = title;
    // measured in a regular face; a bold title is a little wider
    const lines = (text, fontSize) => (text ? Math.ceil((textWidth(text, fontSize) * 1.1) / width) : 0);
    return lines(title.text, textStyle.fontSize) * textStyle.lineHeight
      + lines(title.subtext, subStyle.fontSize) * subStyle.lineHeight + 16;
  };

  /** Every category named: wrapped to its share of the width, or on its side when that share is narrow. */
  const fitCategories = (o, w) => {
    if (!o.xAxis || Array.isArray(o.xAxis) || !Array.isArray(o.xAxis.data)) return;
    const grid = o.grid && !Array.isArray(o.grid) ? o.grid : {};
    const left = typeof grid.left === 'number' ? grid.left : 48;
    const right = typeof grid.right === 'number' ? grid.right : 24;
    const share = (w - left - right) / Math.max(1, o.xAxis.data.length);
    const label = Object.assign({}, o.xAxis.axisLabel || {}, { interval: 0, hideOverlap: false, lineHeight: 14 });
    if (share >= 72) {
      Object.assign(label, { width: Math.floor(share - 8), overflow: 'break', rotate: 0 });
    } else {
      Object.assign(label, { width: 150, overflow: 'break', rotate: 40 });
    }
    o.xAxis = Object.assign({}, o.xAxis, { axisLabel: label });
    // the plot makes room for the labels, however many lines they take
    o.grid = Object.assign({}, grid, { containLabel: true, left: Math.max(8, left - 40) });
    // the value axis' name starts at the axis rather than centred on it, where a narrow margin would cut it
    if (o.yAxis && !Array.isArray(o.yAxis) && o.yAxis.name) {
      o.yAxis = Object.assign({}, o.yAxis, {
        nameTextStyle: Object.assign({}, o.yAxis.nameTextStyle || {}, { align: 'left' })
      });
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
      this._fittedWidth = 0;
      // a hidden chart (another tab shown) keeps its last size, so that it can still be saved as PNG
      this._ro = new ResizeObserver(() => {
        if (this.chart && this.clientWidth > 0 && this.clientHeight > 0) {
          this.chart.resize();
          // a layout that depends on the width is worked out again for the new one
          const o = this._option;
          if (o && (o.radarFit || o.xLabelsFit) && this._fittedWidth !== this.chart.getWidth()) this._apply();
        }
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
      const radarFit = o.radarFit;
      delete o.radarFit;
      const xLabelsFit = o.xLabelsFit;
      delete o.xLabelsFit;
      this._fittedWidth = this.chart.getWidth();
      if (radarFit && o.radar && !Array.isArray(o.radar)) {
        const top = Math.max(radarFit.top || 0, fitTitle(o, this.chart.getWidth()));
        o.radar = fitRadar(o.radar, radarFit, this.chart.getWidth(), this.chart.getHeight(), top);
      }
      if (xLabelsFit) fitCategories(o, this.chart.getWidth());
      if (typeof fmt === 'string' && FORMATTERS[fmt]) {
        o.tooltip = Object.assign({ trigger: 'item' }, o.tooltip || {}, { formatter: FORMATTERS[fmt](this._option) });
      }
      this._pending = true;
      this.chart.setOption(o, true);
    }
  }

  customElements.define(TAG, SbChart);
})();
