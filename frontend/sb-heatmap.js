/*
 * <sb-heatmap>: people x skills heatmap for team leads.
 *
 * Plain custom element, no build step, no dependencies. Loaded with
 * @JavaScript("context://frontend-static/sb-heatmap.js").
 *
 * Data comes from the server as a JSON string (or object) in the `data` property, the colours
 * (the Excel export's, from HeatmapColours) in the `colours` property.
 * See the contract in the comment of SbHeatmap#data below.
 *
 * Built for 1,000 rows x 100 columns: rows are virtualised in blocks of BLOCK rows
 * (only visible blocks plus a small buffer exist in the DOM, inside a tall body) and
 * columns in chunks of CCH cells per row (only the chunks in view plus a small buffer),
 * rows are built as HTML strings, there is one delegated listener per event type,
 * and scrolling is handled once per animation frame.
 */
(() => {
  'use strict';

  const TAG = 'sb-heatmap';
  if (customElements.get(TAG)) return;

  // ---- geometry (px); fixed so every position is arithmetic, never measured ----
  const RH = 28;      // data row height
  const CW = 44;      // data column width
  const PW = 240;     // frozen person column width
  const PW_PHONE = 128; // the same on a phone, where the skills need the room
  const FW_H = 26;    // framework header row
  const CAT_H = 24;   // category header row
  const CODE_H = 30;  // skill code header row (horizontal codes)
  const SUM_H = 26;   // each summary row
  const BLOCK = 10;   // rows per virtualisation block
  const BUF = 5;      // extra rows rendered above and below the viewport
  const CCH = 8;      // columns are rendered in chunks of CCH cells, added and dropped while scrolling sideways
  const CBUF = 2;     // extra columns kept left and right of the viewport

  // ---- colours ----
  // The palette comes from the server (HeatmapColours, which the Excel export paints with) in the
  // `colours` property: { levels: [{bg, ink}] light to dark, gaps: {b1, b2, b3, a, p1, p2, n: {bg, ink}},
  // empty: {stripe, ink}, flag: {bg, ink, border} }. A level sits in one of levels.length steps by its
  // position on its scale.
  const bucketOf = (p, steps) => Math.round(Math.min(1, Math.max(0, +p || 0)) * (steps - 1));
  const paletteCss = (pal) => {
    const f = pal.flag || {};
    const e = pal.empty || {};
    let css = `:host{--flag:${f.bg};--flag-ink:${f.ink};--flag-border:${f.border};--empty-stripe:${e.stripe};--empty-ink:${e.ink}}`;
    (pal.levels || []).forEach((c, k) => { css += `.l${k}{background-color:${c.bg};color:${c.ink}}`; });
    for (const [k, c] of Object.entries(pal.gaps || {})) css += `.${k}{background-color:${c.bg};color:${c.ink}}`;
    return css;
  };

  const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const esc = (s) => (s == null ? '' : String(s).replace(/[&<>"']/g, (ch) => ESC[ch]));
  /** An item as a sentence names it: its short code and name, or its name alone when the code is a key. */
  const named = (c) => (c.shown ? c.shown + ' ' : '') + (c.name || c.code || '');

  // base-36 digit at position i of s, or -1 for '.', missing or anything else
  const dec = (s, i) => {
    if (i >= s.length) return -1;
    const ch = s.charCodeAt(i);
    if (ch >= 48 && ch <= 57) return ch - 48;
    if (ch >= 97 && ch <= 122) return ch - 87;
    if (ch >= 65 && ch <= 90) return ch - 55;
    return -1;
  };
  const MINUS = '\u2212';
  // a JSON string or an object, else null
  const parse = (value, what) => {
    let v = value;
    if (typeof v === 'string') {
      try { v = v.trim() ? JSON.parse(v) : null; } catch (err) { console.error(`sb-heatmap: bad JSON in ${what}`, err); v = null; }
    }
    return v && typeof v === 'object' ? v : null;
  };

  const STYLE = `
:host{display:block;height:100%;min-height:200px;position:relative;box-sizing:border-box;
  font-family:var(--lumo-font-family,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);
  color:var(--lumo-body-text-color,#1f2933);-webkit-font-smoothing:antialiased}
:host([hidden]){display:none}
*{box-sizing:border-box}
.root{--ring:radial-gradient(circle at calc(100% - 5px) 5px,transparent 1.4px,currentColor 1.9px,currentColor 3px,transparent 3.5px);
  --tri:linear-gradient(135deg,currentColor 5.5px,transparent 6px);display:flex;flex-direction:column;height:100%;position:relative;
  max-height:100vh /* guard: a parent without a height must not turn the grid into a 28,000px page */}
.legend{flex:none;display:flex;flex-wrap:wrap;align-items:center;gap:6px 16px;padding:0 2px 10px;
  font-size:var(--lumo-font-size-xs,12px);color:var(--lumo-secondary-text-color,#4a5563)}
.legend:empty{display:none}
.lg{display:inline-flex;align-items:center;gap:6px;flex-wrap:wrap}
.lt{font-weight:600;color:var(--lumo-body-text-color,#1f2933)}
.li{display:inline-flex;align-items:center;gap:5px;white-space:nowrap}
.sw{display:inline-block;position:relative;width:30px;height:20px;line-height:20px;text-align:center;font-size:11px;
  font-weight:600;border-radius:3px;font-variant-numeric:tabular-nums}
.sw.e{box-shadow:inset 0 0 0 1px #d5dae0}
.sw.k0{background-color:#f1f3f5;color:#3d4752}
.sw+.sw{margin-left:-3px}
.sep{width:1px;align-self:stretch;background:var(--lumo-contrast-10pct,#e3e7eb)}
/* the scroller hugs small grids and scrolls big ones (fit-content width, shrinks to the available height) */
.scroller{flex:0 1 auto;min-height:0;width:fit-content;max-width:100%;overflow:auto;position:relative;contain:content;outline:none;
  border:1px solid var(--lumo-contrast-10pct,#e1e6eb);border-radius:var(--lumo-border-radius-m,6px);
  background:var(--lumo-base-color,#fff);overscroll-behavior:contain;overflow-anchor:none}
.scroller:focus-visible{box-shadow:0 0 0 2px var(--lumo-primary-color-50pct,rgba(26,115,232,.5))}
.head{position:sticky;top:0;z-index:3;background:#fff}
.scroller.sy .head{box-shadow:0 3px 6px -3px rgba(20,30,40,.28)}
.hr{display:flex;position:relative}
.ck{position:absolute;top:0;height:100%;display:flex}
.ck>div{flex:none}
.hr>div{flex:none;overflow:clip;white-space:nowrap}
.corner{position:sticky;left:0;z-index:2;width:var(--pw,${PW}px);background:#fff;border-right:1px solid #d8dee4}
.scroller.sx .corner,.scroller.sx .p{box-shadow:4px 0 6px -4px rgba(20,30,40,.3)}
.fw{height:${FW_H}px}
.fw>.grp{background:#2d4a62;color:#fff;font-size:12px;font-weight:600;line-height:${FW_H}px;border-left:2px solid #fff;letter-spacing:.01em}
.cat{height:${CAT_H}px}
.cat>.grp{background:#e4ecf3;color:#2d4a62;font-size:11px;font-weight:500;line-height:${CAT_H}px;border-left:1px solid #fff;border-top:1px solid #fff}
.cat>.grp.g{border-left-width:2px}
.grp>span{position:sticky;left:var(--pw,${PW}px);display:inline-block;max-width:100%;padding:0 7px;overflow:clip;text-overflow:ellipsis;vertical-align:top}
.codes{height:var(--code-h,${CODE_H}px);border-bottom:1px solid #cfd8e0}
.codes>.corner{display:flex;align-items:flex-end;padding:0 10px 6px;font-size:12px;font-weight:600;color:#4a5563}
.k{width:${CW}px;display:flex;align-items:center;justify-content:center;background:#f4f7fa;color:#1f2933;
  font-size:11px;font-weight:700;letter-spacing:.02em;cursor:pointer;border-top:1px solid #fff;border-right:1px solid #fff;user-select:none}
.k.g{border-left:2px solid #fff}
.k:hover,.k.hl{background:#d6e4f0}
.k.srt{background:#cfe0ee;box-shadow:inset 0 -3px 0 #2d4a62}
.k .ar{font-size:9px;margin-left:1px}
.codes.v .k>span{writing-mode:vertical-rl;transform:rotate(180deg);padding:6px 0}
.sum{height:${SUM_H}px}
.sum>.corner{font-size:12px;font-weight:600;color:#4a5563;line-height:${SUM_H}px;padding:0 10px;text-overflow:ellipsis;text-align:right}
.sum .sm{width:${CW}px;line-height:${SUM_H - 1}px;text-align:center;font-size:12px;color:#1f2933;background:#fafbfc;
  border-bottom:1px solid #eceff2;border-right:1px solid #eceff2;font-variant-numeric:tabular-nums}
.sum .sm.g{border-left:2px solid #fff}
.sum .sm.w{background:var(--flag);color:var(--flag-ink);font-weight:700;box-shadow:inset 0 0 0 2px var(--flag-border)}
.sum.last{border-bottom:2px solid #cfd8e0;height:${SUM_H + 2}px}
.body{position:relative}
.blk{position:absolute;left:0;contain:strict}
.r{display:flex;position:relative;height:${RH}px}
.p{flex:none;position:sticky;left:0;z-index:1;width:var(--pw,${PW}px);padding:0 10px;background:#fff;font-size:13px;
  line-height:${RH - 1}px;white-space:nowrap;overflow:clip;text-overflow:ellipsis;
  border-right:1px solid #d8dee4;border-bottom:1px solid #eef1f4;color:#1f2933}
.p .sub{color:#6b7785;font-size:11px;margin-left:2px}
.p.hl{background:#eaf2f8}
.c{flex:none;width:${CW}px;height:${RH}px;line-height:${RH - 1}px;text-align:center;font-size:12px;font-weight:600;
  border-right:1px solid #fff;border-bottom:1px solid #fff;cursor:pointer;white-space:nowrap;
  font-variant-numeric:tabular-nums}
.c.g{border-left:2px solid #fff}
.c small{font-size:10px;font-weight:500;margin-left:2px}
.e{background:#fff repeating-linear-gradient(135deg,#fff 0 3px,var(--empty-stripe) 3px 4px);color:var(--empty-ink);font-weight:400;font-style:normal}
.c:hover{box-shadow:inset 0 0 0 2px rgba(17,17,17,.55)}
/* flags, drawn as background images in currentColor (no extra elements or layers):
   stale = small ring in the top-right corner, self-only = italic text + triangle in the top-left corner */
.s{background-image:var(--ring)}
.o{font-style:italic;background-image:var(--tri)}
.s.o{background-image:var(--ring),var(--tri)}
.scroller:focus .act{outline:2px solid #111;outline-offset:-2px;box-shadow:inset 0 0 0 4px #fff}
.msg{padding:40px 16px;text-align:center;color:var(--lumo-secondary-text-color,#6b7785);font-size:14px}
.tip{position:absolute;top:0;left:0;z-index:20;pointer-events:none;display:none;max-width:320px;padding:7px 10px;border-radius:6px;
  background:#1f2933;color:#fff;font-size:12px;line-height:1.45;box-shadow:0 6px 18px rgba(0,0,0,.25);white-space:normal}
.tip b{font-weight:600}
.tip .m{color:#c3ccd5}
`;

  class SbHeatmap extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.innerHTML = `<style>${STYLE}</style><style></style><div class="root"><div class="legend" part="legend"></div>` +
        `<div class="scroller" role="grid" tabindex="0"></div><div class="tip" aria-hidden="true"></div></div>`;
      this._paint = root.querySelectorAll('style')[1];
      this._pal = null;
      this._root = root.querySelector('.root');
      this._legend = root.querySelector('.legend');
      this._sc = root.querySelector('.scroller');
      this._tip = root.querySelector('.tip');
      this._d = null;
      this._blocks = new Map();
      this._an = -1; // active "nav row": 0 = code header, 1..S = summary rows, S+1.. = data rows
      this._ac = 0;  // active column
      this._raf = 0;
      this._vw = 0;
      this._pw = PW;
      this._vh = 0;
      this._t0 = -1;
      this.renderMs = undefined;

      const sc = this._sc;
      sc.addEventListener('scroll', () => {
        this._hideTip();
        if (!this._raf) this._raf = requestAnimationFrame(() => { this._raf = 0; this._update(); });
      }, { passive: true });
      sc.addEventListener('click', (e) => this._onClick(e));
      sc.addEventListener('keydown', (e) => this._onKey(e));
      sc.addEventListener('focus', () => this._onFocus());
      sc.addEventListener('mouseover', (e) => this._onOver(e));
      sc.addEventListener('mouseleave', () => { this._hideTip(); this._hl(null, null); });
      this._ro = new ResizeObserver(() => {
        // a phone (or a window made narrow) gets the narrow person column: build again with it
        if (this._d && this._built && this._personWidth() !== this._pw) {
          this._render();
          return;
        }
        this._vw = sc.clientWidth;
        this._vh = sc.clientHeight;
        this._update();
      });
    }

    connectedCallback() {
      // A property set before this element was upgraded shadows the setter: re-apply it.
      for (const name of ['colours', 'data']) {
        if (Object.prototype.hasOwnProperty.call(this, name)) {
          const v = this[name];
          delete this[name];
          this[name] = v;
        }
      }
      this._ro.observe(this._sc);
      if (this._d && this._pal && !this._built) this._render();
    }

    disconnectedCallback() {
      this._ro.disconnect();
      if (this._raf) cancelAnimationFrame(this._raf);
      this._raf = 0;
    }

    get colours() { return this._pal; }

    /** The palette (JSON string or object, see "colours" above); the grid is drawn once it has both colours and data. */
    set colours(value) {
      const p = parse(value, 'colours');
      this._pal = p && Array.isArray(p.levels) && p.levels.length ? p : null;
      this._paint.textContent = this._pal ? paletteCss(this._pal) : '';
      if (this._d) this.data = this._d;
    }

    get data() { return this._d; }

    /**
     * JSON string or object:
     * { mode: 'level'|'gap', labels: {...}, legend: [{label,pos}], columns: [{code,name,framework,category,levels[],pos[]}],
     *   rows: [{id,name,sub,v,t,f}], summary: [{label, cells:[{text,flag,title}]}], focus: {row,column},
     *   sort: {column, dir: 'asc'|'desc'} (optional addition: marks the sorted skill column) }
     */
    set data(value) {
      this._t0 = performance.now();
      this._d = parse(value, 'data');
      this._built = false;
      this.removeAttribute('data-rendered');
      if (this.isConnected && this._pal) this._render();
    }

    // ---------------------------------------------------------------- render

    _prepare(d) {
      const L = Object.assign({}, d.labels || {});
      const cols = Array.isArray(d.columns) ? d.columns : [];
      const rows = Array.isArray(d.rows) ? d.rows : [];
      const summary = (Array.isArray(d.summary) ? d.summary : []).slice(0, 4);
      let prevFw = null;
      let prevCat = null;
      let maxCode = 0;
      const steps = this._pal.levels.length;
      cols.forEach((c, i) => {
        const levels = Array.isArray(c.levels) ? c.levels.map(String) : [];
        const pos = Array.isArray(c.pos) ? c.pos : [];
        c._lv = levels.map(esc);
        c._cls = levels.map((_, j) => 'l' + bucketOf(pos[j] != null ? pos[j] : (levels.length > 1 ? j / (levels.length - 1) : 0), steps));
        c._a = esc(named(c)) + ': ';
        const fw = c.framework || '';
        const cat = fw + '\u0000' + (c.category || '');
        c._g = i > 0 && fw !== prevFw ? ' g' : '';
        c._fwStart = fw !== prevFw;
        c._catStart = cat !== prevCat;
        prevFw = fw;
        prevCat = cat;
        maxCode = Math.max(maxCode, String(c.label || c.code || '').length);
      });
      for (const r of rows) {
        r._n = esc(r.name);
        r._s = esc(r.sub);
        r._v = typeof r.v === 'string' ? r.v : '';
        r._t = typeof r.t === 'string' ? r.t : '';
        r._f = typeof r.f === 'string' ? r.f : '';
      }
      const vertical = maxCode > 5;
      const codeH = vertical ? Math.min(150, 14 + maxCode * 6.5) : CODE_H;
      const S = summary.length;
      const headH = FW_H + CAT_H + codeH + 1 + S * SUM_H + (S ? 2 : 0);
      const sig = cols.map((c) => (c.framework || '') + '|' + (c.code || '')).join('\n');
      // pre-escaped label fragments for the cells' aria-labels
      const str = {
        none: esc(L.none), target: ', ' + esc(L.target) + ' ', stale: ', ' + esc(L.stale), selfOnly: ', ' + esc(L.selfOnly),
        noTarget: ', ' + esc(L.noTarget), below: ', ' + esc(L.below), at: ', ' + esc(L.at), above: ', ' + esc(L.above)
      };
      return { L, str, cols, rows, summary, S, vertical, codeH, headH, sig, gap: d.mode === 'gap' };
    }

    /** The person column's width for the element's width now (the full width until it has one). */
    _personWidth() {
      return this.clientWidth && this.clientWidth < 560 ? PW_PHONE : PW;
    }

    _render() {
      const d = this._d;
      this._built = true;
      this._hideTip();
      const sc = this._sc;
      if (!d) {
        this._m = null;
        sc.innerHTML = '';
        this._legend.innerHTML = '';
        this._blocks.clear();
        return;
      }
      const oldSig = this._m ? this._m.sig : null;
      const keepTop = sc.scrollTop;
      const keepLeft = sc.scrollLeft;
      // upper bounds until the ResizeObserver reports the scroller's real size (it hugs its content)
      this._vw = Math.max(sc.clientWidth, this.clientWidth);
      // the person column gives way on a narrow screen
      this._pw = this._personWidth();
      this.style.setProperty('--pw', this._pw + 'px');
      this._vh = Math.max(sc.clientHeight, this.clientHeight);
      const m = this._prepare(d);
      this._m = m;
      const same = oldSig === m.sig;

      this._legend.innerHTML = m.cols.length ? this._legendHtml(m) : '';
      this._blocks.clear();
      sc.setAttribute('aria-label', m.L.caption || '');
      sc.setAttribute('aria-rowcount', String(3 + m.S + m.rows.length));
      sc.setAttribute('aria-colcount', String(m.cols.length + 1));
      sc.removeAttribute('aria-activedescendant');
      sc.style.setProperty('--code-h', m.codeH + 'px');

      if (!m.cols.length) {
        sc.innerHTML = `<div class="msg" role="row"><div role="gridcell">${esc(m.L.empty || '')}</div></div>`;
        this._head = this._body = null;
        this._an = -1;
        this._measure();
        return;
      }

      const totalW = this._pw + m.cols.length * CW;
      sc.innerHTML = `<div class="head" role="rowgroup" style="width:${totalW}px"></div>` +
        `<div class="body" role="rowgroup" style="width:${totalW}px;height:${m.rows.length * RH}px"></div>` +
        (m.rows.length ? '' : `<div class="msg" style="width:${Math.min(totalW, this._vw || totalW)}px;position:sticky;left:0">${esc(m.L.emptyRows || m.L.empty || '')}</div>`);
      this._head = sc.firstChild;
      this._body = this._head.nextSibling;
      this._codeRow = null; // makes _update() build the header rows for the current column chunks
      this._sumRows = [];
      this._lean = true;
      this._actEl = null;

      if (same) {
        if (sc.scrollTop !== keepTop) sc.scrollTop = keepTop;
        if (sc.scrollLeft !== keepLeft) sc.scrollLeft = keepLeft;
      } else {
        if (keepTop) sc.scrollTop = 0;
        if (keepLeft) sc.scrollLeft = 0;
        this._an = -1;
        this._ac = 0;
      }
      const maxN = m.S + m.rows.length;
      if (this._an > maxN) this._an = maxN;
      if (this._ac >= m.cols.length) this._ac = m.cols.length - 1;

      const f = d.focus;
      if (f && typeof f === 'object' && m.rows.length) {
        const r = Math.max(0, Math.min(m.rows.length - 1, f.row | 0));
        const c = Math.max(0, Math.min(m.cols.length - 1, f.column | 0));
        this._an = m.S + 1 + r;
        this._ac = c;
        this._scrollToActive();
        // the viewport size is only an estimate until layout: correct the scroll before the first paint
        requestAnimationFrame(() => {
          if (this._m !== m) return;
          this._vw = sc.clientWidth;
          this._vh = sc.clientHeight;
          this._scrollToActive();
          this._update();
        });
      }
      this._update();
      this._measure();
    }

    // after the next paint: record the time from `data` set to first paint
    _measure() {
      const t0 = this._t0;
      this._t0 = -1;
      requestAnimationFrame(() => setTimeout(() => {
        const ms = Math.round((performance.now() - t0) * 10) / 10;
        // first paint is done: now render the buffer rows too
        this._lean = false;
        this._update();
        if (t0 < 0) return;
        this.renderMs = ms;
        this.setAttribute('data-rendered', String(ms));
        this.dispatchEvent(new CustomEvent('heatmap-rendered', { detail: { ms }, bubbles: true, composed: true }));
      }, 0));
    }

    _legendHtml(m) {
      const L = m.L;
      let h = '<div class="lg">';
      if (m.gap) {
        h += `<span class="lt">${esc(L.legendGap)}</span>`;
        h += `<span class="li"><span class="sw b3">${MINUS}3</span><span class="sw b2">${MINUS}2</span><span class="sw b1">${MINUS}1</span>${esc(L.below)}</span>`;
        h += `<span class="li"><span class="sw a">=</span>${esc(L.at)}</span>`;
        h += `<span class="li"><span class="sw p1">+1</span><span class="sw p2">+2</span>${esc(L.above)}</span>`;
        h += `<span class="li"><span class="sw n">3</span>${esc(L.noTarget)}</span>`;
      } else {
        h += `<span class="lt">${esc(L.legendLevel)}</span>`;
        for (const e of Array.isArray(this._d.legend) ? this._d.legend : []) {
          const label = String(e.label == null ? '' : e.label);
          const sp = label.indexOf(' ');
          const short = sp > 0 ? label.slice(0, sp) : label;
          const rest = sp > 0 ? label.slice(sp + 1) : '';
          h += `<span class="li"><span class="sw l${bucketOf(e.pos, this._pal.levels.length)}">${esc(short)}</span>${esc(rest)}</span>`;
        }
      }
      h += '</div><span class="sep"></span><div class="lg">';
      h += `<span class="li"><span class="sw e">\u2013</span>${esc(L.none)}</span>`;
      h += `<span class="li"><span class="sw k0 s">3</span>${esc(L.stale)}</span>`;
      h += `<span class="li"><span class="sw k0 o">3</span>${esc(L.selfOnly)}</span>`;
      return h + '</div>';
    }

    // Header: framework and category rows in full (few cells: one per group), then the code row and the
    // summary rows, whose cells come in column chunks like the data rows.
    _headHtml(m, k0, k1) {
      const cols = m.cols;
      let fw = `<div class="hr fw" role="row" aria-rowindex="1"><div class="corner" role="columnheader" aria-colindex="1"></div>`;
      let cat = `<div class="hr cat" role="row" aria-rowindex="2"><div class="corner" role="columnheader" aria-colindex="1"></div>`;
      for (let i = 0; i < cols.length; i++) {
        const c = cols[i];
        if (c._fwStart) {
          let n = 1;
          while (i + n < cols.length && !cols[i + n]._fwStart) n++;
          const t = esc(c.framework);
          fw += `<div class="grp" role="columnheader" aria-colindex="${i + 2}" aria-colspan="${n}" style="width:${n * CW}px" title="${t}"><span>${t}</span></div>`;
        }
        if (c._catStart) {
          let n = 1;
          while (i + n < cols.length && !cols[i + n]._catStart) n++;
          const t = esc(c.category);
          cat += `<div class="grp${c._g}" role="columnheader" aria-colindex="${i + 2}" aria-colspan="${n}" style="width:${n * CW}px" title="${t}"><span>${t}</span></div>`;
        }
      }
      let code = `<div class="hr codes${m.vertical ? ' v' : ''}" role="row" aria-rowindex="3">` +
        `<div class="corner" role="columnheader" aria-colindex="1">${esc(m.L.person)}</div>`;
      for (let k = k0; k <= k1; k++) code += this._codeChunk(k);
      let h = fw + '</div>' + cat + '</div>' + code + '</div>';
      m.summary.forEach((s, si) => {
        const lab = esc(s.label);
        h += `<div class="hr sum${si === m.S - 1 ? ' last' : ''}" role="row" aria-rowindex="${4 + si}">` +
          `<div class="corner" role="rowheader" aria-colindex="1" title="${lab}">${lab}</div>`;
        for (let k = k0; k <= k1; k++) h += this._sumChunk(si, k);
        h += '</div>';
      });
      return h;
    }

    _chunkOpen(k) {
      return `<div class="ck" role="none" data-k="${k}" style="left:${this._pw + k * CCH * CW}px">`;
    }

    _codeChunk(k) {
      const m = this._m;
      const cols = m.cols;
      const sort = this._d.sort && typeof this._d.sort === 'object' ? this._d.sort : null;
      let h = this._chunkOpen(k);
      for (let i = k * CCH, e = Math.min(cols.length, i + CCH); i < e; i++) {
        const c = cols[i];
        const sorted = sort && sort.column != null && (sort.column | 0) === i;
        const dir = sorted ? (sort.dir === 'asc' ? 'ascending' : 'descending') : '';
        const title = esc((c.shown ? c.shown + ' \u2014 ' : '') + (c.name || c.code || '') + '\n' + (c.framework || '') + (c.category ? ' \u203a ' + c.category : ''));
        h += `<div class="k${c._g}${sorted ? ' srt' : ''}" role="columnheader" aria-colindex="${i + 2}" title="${title}"` +
          ` aria-label="${esc(named(c))}"${dir ? ` aria-sort="${dir}"` : ''}>` +
          `<span>${esc(c.label || c.code)}${sorted ? `<span class="ar" aria-hidden="true">${dir === 'ascending' ? '\u25b2' : '\u25bc'}</span>` : ''}</span></div>`;
      }
      return h + '</div>';
    }

    _sumChunk(si, k) {
      const m = this._m;
      const cols = m.cols;
      const s = m.summary[si];
      const cells = Array.isArray(s.cells) ? s.cells : [];
      let h = this._chunkOpen(k);
      for (let i = k * CCH, e = Math.min(cols.length, i + CCH); i < e; i++) {
        const x = cells[i] || {};
        const text = x.text == null ? '' : String(x.text);
        const aria = esc(s.label + ', ' + (cols[i].shown || cols[i].name || cols[i].code || '') + ': ' + text + (x.title ? ', ' + x.title : ''));
        h += `<div class="sm${cols[i]._g}${x.flag ? ' w' : ''}" role="gridcell" aria-colindex="${i + 2}" aria-label="${aria}"${x.title ? ` title="${esc(x.title)}"` : ''}>` +
          `${x.flag ? '\u26a0\u2009' : ''}${esc(text)}</div>`;
      }
      return h + '</div>';
    }

    // One data row with the column chunks k0..k1.
    _rowHtml(i, k0, k1) {
      const m = this._m;
      const row = m.rows[i];
      let h = `<div class="r" role="row" aria-rowindex="${4 + m.S + i}" data-i="${i}"><div class="p" role="rowheader" aria-colindex="1" title="${row._n}${row._s ? ' \u00b7 ' + row._s : ''}">${row._n}` +
        `${row._s ? ` <span class="sub">${row._s}</span>` : ''}</div>`;
      for (let k = k0; k <= k1; k++) h += this._dataChunk(i, k);
      return h + '</div>';
    }

    // Cells of data row i in column chunk k.
    _dataChunk(i, k) {
      const m = this._m;
      const row = m.rows[i];
      const cols = m.cols;
      const v = row._v;
      const t = row._t;
      const f = row._f;
      const nm = row._n;
      const gap = m.gap;
      const S = m.str;
      let h = this._chunkOpen(k);
      for (let c = k * CCH, e = Math.min(cols.length, c + CCH); c < e; c++) {
        const col = cols[c];
        const lv = col._lv;
        let vi = dec(v, c);
        let ti = dec(t, c);
        if (vi >= lv.length) vi = -1;
        if (ti >= lv.length) ti = -1;
        const fl = vi >= 0 && c < f.length ? f.charCodeAt(c) - 48 : 0;
        let cls;
        let txt;
        let st = '';
        if (vi < 0) {
          cls = 'e';
          txt = '\u2013';
        } else if (!gap) {
          cls = col._cls[vi];
          txt = lv[vi];
        } else if (ti < 0) {
          cls = 'n';
          txt = lv[vi];
          st = S.noTarget;
        } else {
          const g = vi - ti;
          if (g < 0) { cls = g === -1 ? 'b1' : g === -2 ? 'b2' : 'b3'; txt = `${lv[vi]}<small>${MINUS}${-g}</small>`; st = S.below; }
          else if (g === 0) { cls = 'a'; txt = `${lv[vi]}<small>=</small>`; st = S.at; }
          else { cls = g === 1 ? 'p1' : 'p2'; txt = `${lv[vi]}<small>+${g}</small>`; st = S.above; }
        }
        if (fl & 1) cls += ' s';
        if (fl & 2) cls += ' o';
        h += `<div class="c ${cls}${col._g}" role="gridcell" aria-colindex="${c + 2}"` +
          ` aria-label="${nm}, ${col._a}${vi < 0 ? S.none : lv[vi]}${ti >= 0 ? S.target + lv[ti] : ''}${st}${fl & 1 ? S.stale : ''}${fl & 2 ? S.selfOnly : ''}">${txt}</div>`;
      }
      return h + '</div>';
    }

    // Column chunks [k0, k1] covering the viewport plus CBUF columns on each side.
    _chunkRange() {
      const nc = this._m.cols.length;
      const sl = this._sc.scrollLeft;
      const vw = Math.max(CW, (this._vw || 1200) - this._pw);
      const first = Math.max(0, Math.floor(sl / CW) - (this._lean ? 0 : CBUF));
      const last = Math.min(nc - 1, Math.floor((sl + vw) / CW) + (this._lean ? 0 : CBUF));
      return [Math.floor(first / CCH), Math.floor(Math.max(first, last) / CCH)];
    }

    // Bring every rendered row (header code row, summary rows, data rows) to the chunk range [k0, k1].
    _syncChunks(k0, k1) {
      const o0 = this._k0;
      const o1 = this._k1;
      const fix = (rowEl, build) => {
        for (let el = rowEl.lastElementChild; el && el.classList.contains('ck');) {
          const prev = el.previousElementSibling;
          const k = +el.dataset.k;
          if (k < k0 || k > k1) el.remove();
          el = prev;
        }
        let h = '';
        for (let k = k0; k <= k1; k++) if (k < o0 || k > o1) h += build(k);
        if (h) rowEl.insertAdjacentHTML('beforeend', h);
      };
      fix(this._codeRow, (k) => this._codeChunk(k));
      this._sumRows.forEach((r, si) => fix(r, (k) => this._sumChunk(si, k)));
      for (const blk of this._blocks.values()) {
        for (let r = blk.firstElementChild; r; r = r.nextElementSibling) {
          const i = +r.dataset.i;
          fix(r, (k) => this._dataChunk(i, k));
        }
      }
      this._k0 = k0;
      this._k1 = k1;
    }

    // Render the row blocks that intersect the viewport (plus BUF rows) and the column chunks in view.
    _update() {
      const m = this._m;
      const sc = this._sc;
      if (!m || !this._body) return;
      const st = sc.scrollTop;
      sc.classList.toggle('sy', st > 0);
      sc.classList.toggle('sx', sc.scrollLeft > 0);
      const [k0, k1] = this._chunkRange();
      let added = false;
      if (!this._codeRow) {
        this._head.innerHTML = this._headHtml(m, k0, k1);
        this._codeRow = this._head.children[2];
        this._sumRows = Array.prototype.slice.call(this._head.children, 3);
        this._k0 = k0;
        this._k1 = k1;
        added = true;
      } else if (k0 !== this._k0 || k1 !== this._k1) {
        this._hideTip();
        this._syncChunks(k0, k1);
        added = true;
      }
      const n = m.rows.length;
      if (n) {
        const vh = Math.max(RH, (this._vh || 600) - m.headH);
        const buf = this._lean ? 0 : BUF; // no buffer rows for the first paint after new data
        const from = Math.max(0, Math.floor(st / RH) - buf);
        const to = Math.min(n - 1, Math.floor((st + vh) / RH) + buf);
        const b0 = Math.floor(from / BLOCK);
        const b1 = Math.floor(to / BLOCK);
        for (const [b, el] of this._blocks) {
          if (b < b0 || b > b1) { el.remove(); this._blocks.delete(b); }
        }
        const totalW = this._pw + m.cols.length * CW;
        for (let b = b0; b <= b1; b++) {
          if (this._blocks.has(b)) continue;
          const start = b * BLOCK;
          const end = Math.min(n, start + BLOCK);
          let h = '';
          for (let i = start; i < end; i++) h += this._rowHtml(i, k0, k1);
          const el = document.createElement('div');
          el.className = 'blk';
          el.setAttribute('role', 'none');
          el.style.cssText = `top:${start * RH}px;width:${totalW}px;height:${(end - start) * RH}px`;
          el.innerHTML = h;
          this._body.appendChild(el);
          this._blocks.set(b, el);
          added = true;
        }
      }
      if (added || !this._actEl || !this._actEl.isConnected) this._paintActive();
    }

    // ---------------------------------------------------------------- active cell & keyboard

    _cellAt(n, c) {
      const m = this._m;
      const k = Math.floor(c / CCH);
      if (!m || !this._codeRow || n < 0 || k < this._k0 || k > this._k1) return null;
      let row = null;
      if (n === 0) row = this._codeRow;
      else if (n <= m.S) row = this._sumRows[n - 1] || null;
      else {
        const i = n - m.S - 1;
        const blk = this._blocks.get(Math.floor(i / BLOCK));
        row = blk ? blk.children[i % BLOCK] : null;
      }
      const ck = row ? row.querySelector(`:scope>.ck[data-k="${k}"]`) : null;
      return ck ? ck.children[c - k * CCH] || null : null;
    }

    // Column index of a cell element (cells sit in chunks of CCH columns).
    _colOf(cell) {
      const ck = cell.parentNode;
      return +ck.dataset.k * CCH + Array.prototype.indexOf.call(ck.children, cell);
    }

    _paintActive() {
      const el = this._an >= 0 ? this._cellAt(this._an, this._ac) : null;
      if (this._actEl && this._actEl !== el) {
        this._actEl.classList.remove('act');
        this._actEl.removeAttribute('id');
      }
      this._actEl = el;
      if (el) {
        el.classList.add('act');
        el.id = 'sb-act';
        this._sc.setAttribute('aria-activedescendant', 'sb-act');
      } else {
        this._sc.removeAttribute('aria-activedescendant');
      }
    }

    _scrollToActive() {
      const m = this._m;
      const sc = this._sc;
      const vw = Math.max(CW, (this._vw || sc.clientWidth) - this._pw);
      const vh = Math.max(RH, (this._vh || sc.clientHeight) - m.headH);
      let sl = sc.scrollLeft;
      let st = sc.scrollTop;
      const x = this._ac * CW;
      if (x < sl) sl = x; else if (x + CW > sl + vw) sl = x + CW - vw;
      if (this._an > m.S) {
        const y = (this._an - m.S - 1) * RH;
        if (y < st) st = y; else if (y + RH > st + vh) st = y + RH - vh;
      }
      if (sl !== sc.scrollLeft) sc.scrollLeft = sl;
      if (st !== sc.scrollTop) sc.scrollTop = st;
    }

    _setActive(n, c) {
      const m = this._m;
      if (!m || !m.cols.length) return;
      const maxN = m.S + m.rows.length;
      this._an = Math.max(0, Math.min(maxN, n));
      this._ac = Math.max(0, Math.min(m.cols.length - 1, c));
      this._scrollToActive();
      this._update(); // renders the target block synchronously if it was not rendered yet
      this._paintActive();
    }

    _onFocus() {
      const m = this._m;
      if (!m || !m.cols.length || this._an >= 0) { this._paintActive(); return; }
      // first focus: start at the first fully visible data cell, without jumping
      const sc = this._sc;
      const i = Math.min(m.rows.length - 1, Math.ceil(sc.scrollTop / RH));
      const c = Math.min(m.cols.length - 1, Math.ceil(sc.scrollLeft / CW));
      this._setActive(m.rows.length ? m.S + 1 + i : 0, c);
    }

    _activate() {
      const m = this._m;
      if (!m || this._an < 0) return;
      if (this._an === 0) this._fire('column-activate', { column: this._ac });
      else if (this._an > m.S) {
        const row = m.rows[this._an - m.S - 1];
        if (row) this._fire('cell-activate', { person: row.id, column: this._ac });
      }
    }

    _fire(name, detail) {
      this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }

    _onKey(e) {
      const m = this._m;
      if (!m || !m.cols.length || e.altKey || e.metaKey) return;
      let n = this._an < 0 ? (m.rows.length ? m.S + 1 : 0) : this._an;
      let c = this._ac;
      const page = Math.max(1, Math.floor(((this._vh || 600) - m.headH) / RH) - 1);
      const lastN = m.S + m.rows.length;
      switch (e.key) {
        case 'ArrowRight': c++; break;
        case 'ArrowLeft': c--; break;
        case 'ArrowDown': n++; break;
        case 'ArrowUp': n--; break;
        case 'Home': if (e.ctrlKey) n = m.rows.length ? m.S + 1 : 0; c = 0; break;
        case 'End': if (e.ctrlKey) n = lastN; c = m.cols.length - 1; break;
        case 'PageDown': n = n <= m.S ? Math.min(lastN, m.S + 1 + page) : n + page; break;
        case 'PageUp': n = n - page <= m.S ? (n > m.S + 1 ? m.S + 1 : 0) : n - page; break;
        case 'Enter':
        case ' ':
          e.preventDefault();
          if (this._an < 0) this._setActive(n, c);
          this._activate();
          return;
        default: return;
      }
      e.preventDefault();
      this._hideTip();
      this._setActive(n, c);
    }

    _onClick(e) {
      const m = this._m;
      if (!m) return;
      const t = e.target.closest ? e.target.closest('.c,.k,.sm') : null;
      if (!t || !this._sc.contains(t)) return;
      const row = t.parentNode.parentNode;
      const c = this._colOf(t);
      if (t.classList.contains('k')) {
        this._setActive(0, c);
        this._fire('column-activate', { column: c });
      } else if (t.classList.contains('sm')) {
        this._setActive(1 + this._sumRows.indexOf(row), c);
      } else {
        const i = +row.dataset.i;
        this._setActive(m.S + 1 + i, c);
        const r = m.rows[i];
        if (r) this._fire('cell-activate', { person: r.id, column: c });
      }
    }

    // ---------------------------------------------------------------- hover: crosshair + tooltip

    _hl(p, k) {
      if (this._hlP !== p) { if (this._hlP) this._hlP.classList.remove('hl'); if (p) p.classList.add('hl'); this._hlP = p; }
      if (this._hlK !== k) { if (this._hlK) this._hlK.classList.remove('hl'); if (k) k.classList.add('hl'); this._hlK = k; }
    }

    _onOver(e) {
      const m = this._m;
      const t = e.target.closest ? e.target.closest('.c') : null;
      if (!m || !t) { this._hideTip(); this._hl(null, null); return; }
      if (t === this._tipFor) return;
      const row = t.parentNode.parentNode;
      const c = this._colOf(t);
      const i = +row.dataset.i;
      const r = m.rows[i];
      const col = m.cols[c];
      if (!r || !col) return;
      const ck = this._codeRow.querySelector(`:scope>.ck[data-k="${Math.floor(c / CCH)}"]`);
      this._hl(row.firstChild, ck ? ck.children[c % CCH] : null);
      const L = m.L;
      const lv = col._lv;
      let vi = dec(r._v, c);
      let ti = dec(r._t, c);
      if (vi >= lv.length) vi = -1;
      if (ti >= lv.length) ti = -1;
      const fl = c < r._f.length ? r._f.charCodeAt(c) - 48 : 0;
      let h = `<b>${r._n}</b>${r._s ? ` <span class="m">\u00b7 ${r._s}</span>` : ''}<br>` +
        `${col.shown ? `<b>${esc(col.shown)}</b> ` : ''}${esc(col.name || col.code)}<br>`;
      h += vi < 0 ? esc(L.none) : `${esc(L.legendLevel)}: <b>${lv[vi]}</b>`;
      h += ti >= 0 ? ` \u00b7 ${esc(L.target)}: <b>${lv[ti]}</b>` : (m.gap ? ` \u00b7 ${esc(L.noTarget)}` : '');
      if (vi >= 0 && ti >= 0) {
        const g = vi - ti;
        h += ` <span class="m">(${g < 0 ? MINUS + -g : g > 0 ? '+' + g : '='})</span>`;
      }
      const flags = [];
      if (fl & 1) flags.push(esc(L.stale));
      if (fl & 2) flags.push(esc(L.selfOnly));
      if (flags.length) h += `<br><span class="m">${flags.join(' \u00b7 ')}</span>`;
      const tip = this._tip;
      tip.innerHTML = h;
      tip.style.display = 'block';
      this._tipFor = t;
      const rr = this._root.getBoundingClientRect();
      const cr = t.getBoundingClientRect();
      const tw = tip.offsetWidth;
      const th = tip.offsetHeight;
      let x = cr.left - rr.left + CW / 2 - tw / 2;
      x = Math.max(0, Math.min(rr.width - tw, x));
      let y = cr.bottom - rr.top + 6;
      if (y + th > rr.height) y = cr.top - rr.top - th - 6;
      tip.style.transform = `translate(${Math.round(x)}px,${Math.round(y)}px)`;
    }

    _hideTip() {
      if (this._tipFor) {
        this._tip.style.display = 'none';
        this._tipFor = null;
      }
    }
  }

  customElements.define(TAG, SbHeatmap);
})();
