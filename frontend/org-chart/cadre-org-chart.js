import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { BOX, ChartIndex, layout } from './chart-layout.js';
import { SVG_STYLE, document as svgDocument, markup } from './chart-markup.js';

// The first view opens as many levels as fit the view at a scale where names stay legible, never fewer than
// one level below the top and never more than there are; further branches open on demand. Names are drawn at
// 14 px: at 0.8 they read at 11.2 px, and neither the first view nor Fit goes below (the wheel and - still may).
const READABLE_SCALE = 0.8;
const MAX_FIRST_VIEW_LEVELS = 12;
// What Chromium, Firefox and Safari all draw into a canvas: 16,384 px a side and 268 million pixels.
const PNG_MAX_SIDE = 16384;
const PNG_MAX_AREA = 268_435_456;
const DRAG_THRESHOLD = 6;

/**
 * Cadre's org chart: boxes and reporting lines (or the team hierarchy), grouped by team, with expand and
 * collapse, zoom and pan, focus on one node, one subtree, highlights, drag and drop onto a new parent, and
 * export as SVG or PNG. The server sends the whole chart as JSON; everything else happens here.
 *
 * Events (bubbling, composed): node-selected {id}, move-requested {subjectId, targetId},
 * chart-drawn {ms, nodes}, export-refused {message}.
 */
class CadreOrgChart extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    this.shadowRoot.innerHTML = `
      <style>
        :host { display: block; position: relative; overflow: hidden; background: #f7f9fb;
                border: 1px solid var(--lumo-contrast-10pct, #dde3ea); border-radius: 8px; min-height: 300px; }
        svg { width: 100%; height: 100%; display: block; touch-action: none; user-select: none; }
        .ghost { position: absolute; pointer-events: none; padding: 6px 10px; border-radius: 6px;
                 background: #7b1fa2; color: #fff; font: 600 13px system-ui, sans-serif; display: none; }
        .empty { position: absolute; inset: 0; display: none; align-items: center; justify-content: center;
                 color: #616e7c; font: 14px system-ui, sans-serif; }
        ${SVG_STYLE}
      </style>
      <svg part="canvas"><g class="viewport"></g></svg>
      <div class="ghost"></div>
      <div class="empty">Nobody is in the organisation on this date.</div>`;
    this.svg = this.shadowRoot.querySelector('svg');
    this.viewport = this.shadowRoot.querySelector('.viewport');
    this.ghost = this.shadowRoot.querySelector('.ghost');
    this.emptyNote = this.shadowRoot.querySelector('.empty');
    this.index = new ChartIndex([]);
    this.expanded = new Set();
    this.marks = {};
    this.selected = null;
    this.rootId = null;
    this.editable = false;
    this.kind = null;
    this.lastDrawMs = 0;
    this.zoomBehaviour = zoom()
      .scaleExtent([0.03, 2.5])
      .filter((event) => event.type === 'wheel' || !this.editable || !event.target.closest('[data-node]'))
      .on('zoom', (event) => {
        this.viewport.setAttribute('transform', event.transform.toString());
        if (event.sourceEvent) this.autoFit = false;
      });
    select(this.svg).call(this.zoomBehaviour).on('dblclick.zoom', null);
    this.svg.addEventListener('pointerdown', (event) => this.pointerDown(event));
    this.svg.addEventListener('click', (event) => this.clicked(event));
    // The first chart often arrives before the element has its final size: keep it fitted until the person zooms.
    new ResizeObserver(() => {
      if (this.autoFit) this.fit();
    }).observe(this);
  }

  /**
   * Shows a chart: {kind: 'people'|'teams', editable, nodes: [{id, parentId, name, initials, title, level, teamId, teamName,
   * placeholder}]}; a placeholder (an open position) is drawn dashed and is neither selected, dragged nor dropped on.
   */
  show(json) {
    const chart = typeof json === 'string' ? JSON.parse(json) : json;
    const before = this.index;
    this.index = new ChartIndex(chart.nodes);
    // Another kind, or other people at the top (another date, before or after a reorganisation): a first view again.
    const fresh = chart.kind !== this.kind || !sameIds(before.roots, this.index.roots);
    this.kind = chart.kind;
    this.editable = !!chart.editable;
    // Someone who gets their first report while the chart is open shows it: a new branch opens itself.
    for (const id of this.index.children.keys()) {
      if (before.byId.has(id) && before.childrenOf(id).length === 0) this.expanded.add(id);
    }
    if (this.rootId && !this.index.byId.has(this.rootId)) this.rootId = null;
    if (fresh) {
      this.expanded = this.firstViewLevels();
      this.selected = null;
    }
    this.render();
    if (fresh) {
      this.autoFit = true;
      this.fit();
    }
  }

  /** Highlights nodes ({id: 'joined'|'moved'|'formed'}) and opens the branches that lead to them. */
  highlight(marks) {
    this.marks = typeof marks === 'string' ? JSON.parse(marks) : marks || {};
    for (const id of Object.keys(this.marks)) this.index.ancestors(id).forEach((a) => this.expanded.add(a));
    this.render();
  }

  /** Opens the branches above a node, selects it and brings it to the middle of the view. */
  focusNode(id) {
    if (!this.index.byId.has(id)) return;
    if (this.rootId && !this.index.ancestors(id).includes(this.rootId) && this.rootId !== id) this.rootId = null;
    this.index.ancestors(id).forEach((a) => this.expanded.add(a));
    this.selected = id;
    this.render();
    const d = this.laidOut.placed.find((p) => p.data.node.id === id);
    if (d) {
      const scale = 1;
      const { width, height } = this.svg.getBoundingClientRect();
      const transform = zoomIdentity.translate(width / 2 - d.x * scale, height / 3 - (d.y + BOX.height / 2) * scale).scale(scale);
      select(this.svg).call(this.zoomBehaviour.transform, transform);
    }
  }

  /** Shows only the subtree below one node, fully opened; null shows the whole chart again. */
  showSubtree(id) {
    this.rootId = id && this.index.byId.has(id) ? id : null;
    if (this.rootId) this.index.allParents(this.rootId).forEach((p) => this.expanded.add(p));
    this.render();
    this.fit();
  }

  expandAll() {
    this.expanded = this.index.allParents(this.rootId);
    this.render();
    this.fit();
  }

  collapseAll() {
    this.expanded = this.index.upperLevels(1);
    this.render();
    this.fit();
  }

  toggle(id) {
    if (this.expanded.has(id)) this.expanded.delete(id);
    else this.expanded.add(id);
    this.render();
  }

  /** The branches to open first: the most levels whose chart still fits the view at a legible scale. */
  firstViewLevels() {
    const { width, height } = this.svg.getBoundingClientRect();
    let chosen = this.index.upperLevels(1);
    if (!width || !height) return chosen;
    for (let levels = 2; levels <= MAX_FIRST_VIEW_LEVELS; levels++) {
      const open = this.index.upperLevels(levels);
      if (open.size === chosen.size) break;
      const b = layout(this.index, open, this.rootId).bounds;
      if (Math.min(width / b.width, height / b.height) * 0.95 < READABLE_SCALE) break;
      chosen = open;
    }
    return chosen;
  }

  /**
   * Fits the visible chart into the view, but never below a legible scale: a chart wider than that shows its top,
   * centred on the top box of its largest tree (the middle of several trees side by side may be nobody's).
   */
  fit() {
    const b = this.laidOut ? this.laidOut.bounds : null;
    const { width, height } = this.svg.getBoundingClientRect();
    if (!b || !width || !height || !this.laidOut.placed.length) return;
    const scale = Math.max(READABLE_SCALE, Math.min(1, 0.95 * Math.min(width / b.width, height / b.height)));
    const centre = b.width * scale > width ? this.largestTop().x : b.x + b.width / 2;
    const transform = zoomIdentity.translate(width / 2 - centre * scale, 16 - b.y * scale).scale(scale);
    select(this.svg).call(this.zoomBehaviour.transform, transform);
  }

  /** The top box with the most people below it, open or not. */
  largestTop() {
    let best = null;
    let most = -1;
    for (const d of this.laidOut.placed) {
      if (d.parent && d.parent.data.node !== null) continue;
      const size = this.index.sizeBelow(d.data.node.id);
      if (size > most) {
        most = size;
        best = d;
      }
    }
    return best;
  }

  zoomBy(factor) {
    select(this.svg).call(this.zoomBehaviour.scaleBy, factor);
  }

  render() {
    const start = performance.now();
    this.laidOut = layout(this.index, this.expanded, this.rootId);
    this.viewport.innerHTML = markup(this.laidOut, this);
    this.emptyNote.style.display = this.laidOut.placed.length ? 'none' : 'flex';
    // Placeholders (open positions) are drawn but count as nobody.
    const placeholders = this.laidOut.placed.filter((d) => d.data.node.placeholder).length;
    this.setAttribute('nodes-shown', String(this.laidOut.placed.length - placeholders));
    this.setAttribute('placeholders-shown', String(placeholders));
    // The browser styles, lays out and paints after this task: count until the next frame has been drawn.
    requestAnimationFrame(() => setTimeout(() => {
      this.lastDrawMs = performance.now() - start;
      this.dispatch('chart-drawn', { ms: this.lastDrawMs, nodes: this.laidOut.placed.length });
    }, 0));
  }

  /** The whole chart below the current top, every branch open, as a standalone SVG document. */
  wholeChartSvg(heading) {
    const view = { index: this.index, expanded: this.index.allParents(this.rootId), marks: this.marks, selected: null };
    return svgDocument(layout(this.index, view.expanded, this.rootId), view, heading);
  }

  exportSvg(fileName, heading) {
    const svg = this.wholeChartSvg(heading);
    this.download(new Blob([svg], { type: 'image/svg+xml' }), fileName);
  }

  exportPng(fileName, heading) {
    const svg = this.wholeChartSvg(heading);
    const width = Number(/width="(\d+)"/.exec(svg)[1]);
    const height = Number(/height="(\d+)"/.exec(svg)[1]);
    const scale = width * height * 4 <= PNG_MAX_AREA && Math.max(width, height) * 2 <= PNG_MAX_SIDE ? 2 : 1;
    if (width * height > PNG_MAX_AREA || Math.max(width, height) > PNG_MAX_SIDE) {
      this.dispatch('export-refused', {
        message: `The whole chart is ${width} × ${height} px, more than a browser can draw as a PNG `
          + `(${PNG_MAX_SIDE} px a side). Download it as SVG instead: it holds the whole chart.`,
      });
      return;
    }
    const image = new Image();
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext('2d');
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => this.download(blob, fileName), 'image/png');
    };
    image.src = url;
  }

  download(blob, fileName) {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    this.shadowRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  clicked(event) {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const toggle = event.target.closest('[data-toggle]');
    if (toggle) {
      this.toggle(toggle.getAttribute('data-toggle'));
      return;
    }
    const node = event.target.closest('[data-node]');
    if (node) {
      this.selected = node.getAttribute('data-node');
      this.render();
      this.dispatch('node-selected', { id: this.selected });
    }
  }

  pointerDown(event) {
    const node = event.target.closest('[data-node]');
    if (!this.editable || !node || event.button !== 0) return;
    const subjectId = node.getAttribute('data-node');
    const origin = { x: event.clientX, y: event.clientY };
    let dragging = false;
    let target = null;
    const move = (e) => {
      if (!dragging && Math.hypot(e.clientX - origin.x, e.clientY - origin.y) < DRAG_THRESHOLD) return;
      if (!dragging) {
        dragging = true;
        node.classList.add('dragged');
        this.ghost.textContent = this.index.byId.get(subjectId).name;
        this.ghost.style.display = 'block';
      }
      const host = this.getBoundingClientRect();
      this.ghost.style.left = `${e.clientX - host.left + 12}px`;
      this.ghost.style.top = `${e.clientY - host.top + 12}px`;
      const under = this.shadowRoot.elementFromPoint(e.clientX, e.clientY);
      const over = under ? under.closest('[data-node]') : null;
      const next = over && over.getAttribute('data-node') !== subjectId ? over : null;
      if (next !== target) {
        if (target) target.classList.remove('drop-target');
        target = next;
        if (target) target.classList.add('drop-target');
      }
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      if (!dragging) return;
      this.suppressClick = true;
      setTimeout(() => { this.suppressClick = false; }, 0);
      this.ghost.style.display = 'none';
      node.classList.remove('dragged');
      if (target) {
        target.classList.remove('drop-target');
        this.dispatch('move-requested', { subjectId, targetId: target.getAttribute('data-node') });
      }
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  dispatch(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

function sameIds(a, b) {
  if (a.length !== b.length) return false;
  const ids = new Set(a.map((n) => n.id));
  return b.every((n) => ids.has(n.id));
}

if (!customElements.get('cadre-org-chart')) {
  customElements.define('cadre-org-chart', CadreOrgChart);
}
