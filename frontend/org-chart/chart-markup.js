import { BOX } from './chart-layout.js';

/** The chart's look, carried inside every SVG so that a downloaded file looks like the screen. */
export const SVG_STYLE = `
  .link { fill: none; stroke: #9aa5b1; stroke-width: 1.5; }
  .band { fill-opacity: 0.10; stroke-opacity: 0.45; stroke-width: 1; }
  .band-label { font: 600 12px system-ui, 'DejaVu Sans', sans-serif; }
  .box { fill: #ffffff; stroke: #c3cad3; stroke-width: 1.2; }
  .node.selected .box { stroke: #1a73e8; stroke-width: 3; }
  .node.mark-joined .box, .node.mark-formed .box { stroke: #1e8e3e; stroke-width: 3; fill: #eaf6ec; }
  .node.mark-moved .box { stroke: #e37400; stroke-width: 3; fill: #fef3e6; }
  .node.drop-target .box { stroke: #7b1fa2; stroke-width: 3; stroke-dasharray: 6 3; }
  .node.dragged { opacity: 0.4; }
  .avatar-text { font: 600 14px system-ui, 'DejaVu Sans', sans-serif; fill: #ffffff; }
  .name { font: 600 14px system-ui, 'DejaVu Sans', sans-serif; fill: #1f2933; }
  .title { font: 12px system-ui, 'DejaVu Sans', sans-serif; fill: #3e4c59; }
  .meta { font: 11px system-ui, 'DejaVu Sans', sans-serif; fill: #616e7c; }
  .toggle circle { fill: #ffffff; stroke: #7b8794; stroke-width: 1.2; }
  .toggle text { font: 600 11px system-ui, 'DejaVu Sans', sans-serif; fill: #323f4b; }
  .node, .toggle { cursor: pointer; }
  .placeholder .box { fill: #fbfcfd; stroke: #7b8794; stroke-width: 1.5; stroke-dasharray: 7 4; }
  .placeholder .name { fill: #323f4b; }
  .placeholder-mark { fill: none; stroke-width: 1.5; stroke-dasharray: 4 3; }
  .placeholder-plus { font: 600 20px system-ui, 'DejaVu Sans', sans-serif; }
`;

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escape(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function clip(text, max) {
  const value = String(text ?? '');
  return value.length > max ? value.slice(0, max - 1) + '…' : value;
}

/** A stable colour per team, so that a team looks the same on every date and in every export. */
export function teamColour(teamId) {
  let hash = 0;
  for (const c of String(teamId ?? '')) hash = (hash * 31 + c.charCodeAt(0)) | 0;
  return `hsl(${Math.abs(hash) % 360}, 55%, 42%)`;
}

function link(line) {
  const { from, to } = line;
  const fromY = from.y + BOX.height;
  if (line.stacked) {
    const trunkX = from.x - BOX.width / 2 - 12;
    return `<path class="link" d="M${from.x - BOX.width / 2 + 24},${fromY}V${fromY + 10}H${trunkX}`
      + `V${to.y + BOX.height / 2}H${to.x - BOX.width / 2}"/>`;
  }
  const midY = fromY + BOX.gapY / 2;
  return `<path class="link" d="M${from.x},${fromY}V${midY}H${to.x}V${to.y}"/>`;
}

/** People of one team under one manager, behind a tinted band labelled with the team's name. */
function bands(list) {
  return list.map((b) => {
    const colour = teamColour(b.teamId);
    return `<rect class="band" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="10"`
      + ` fill="${colour}" stroke="${colour}"/>`
      + `<text class="band-label" x="${b.x + 8}" y="${b.y + 15}" fill="${colour}">${escape(clip(b.teamName, 40))}</text>`;
  }).join('');
}

/** A position still to fill: a dashed box that is neither selected nor dragged (it has no data-node). */
function placeholderBox(d) {
  const n = d.data.node;
  const colour = teamColour(n.teamId);
  const x = d.x - BOX.width / 2;
  const meta = [n.level, n.teamName].filter((v) => v).join(' · ');
  return `<g class="placeholder" data-placeholder="${escape(n.id)}" transform="translate(${x},${d.y})">`
    + `<title>${escape(n.name)}${n.title ? ', ' + escape(n.title) : ''}</title>`
    + `<rect class="box" width="${BOX.width}" height="${BOX.height}" rx="8"/>`
    + `<circle class="placeholder-mark" cx="36" cy="${BOX.height / 2}" r="19" stroke="${colour}"/>`
    + `<text class="placeholder-plus" x="36" y="${BOX.height / 2 + 7}" text-anchor="middle" fill="${colour}">+</text>`
    + `<text class="name" x="66" y="24">${escape(clip(n.name, 21))}</text>`
    + `<text class="title" x="66" y="43">${escape(clip(n.title, 28))}</text>`
    + `<text class="meta" x="66" y="61">${escape(clip(meta, 32))}</text>`
    + `</g>`;
}

function box(d, view) {
  const n = d.data.node;
  if (n.placeholder) return placeholderBox(d);
  const kids = view.index.childrenOf(n.id).length;
  const people = view.index.peopleUnder(n.id);
  const open = view.expanded.has(n.id);
  const classes = ['node'];
  if (view.selected === n.id) classes.push('selected');
  if (view.marks[n.id]) classes.push('mark-' + view.marks[n.id]);
  const colour = teamColour(n.teamId);
  const x = d.x - BOX.width / 2;
  const meta = [n.level, n.teamName].filter((v) => v).join(' · ');
  let markup = `<g class="${classes.join(' ')}" data-node="${escape(n.id)}" transform="translate(${x},${d.y})">`
    + `<title>${escape(n.name)}</title>`
    + `<rect class="box" width="${BOX.width}" height="${BOX.height}" rx="8"/>`
    + `<rect width="6" height="${BOX.height}" rx="3" fill="${colour}"/>`
    + `<circle cx="36" cy="${BOX.height / 2}" r="20" fill="${colour}"/>`
    + `<text class="avatar-text" x="36" y="${BOX.height / 2 + 5}" text-anchor="middle">${escape(n.initials)}</text>`
    + `<text class="name" x="66" y="24">${escape(clip(n.name, 21))}</text>`
    + `<text class="title" x="66" y="43">${escape(clip(n.title, 28))}</text>`
    + `<text class="meta" x="66" y="61">${escape(clip(meta, 32))}</text>`
    + `</g>`;
  if (kids > 0) {
    markup += `<g class="toggle" data-toggle="${escape(n.id)}" transform="translate(${d.x},${d.y + BOX.height})">`
      + `<circle r="11"/><text y="4" text-anchor="middle">${open ? '−' : '+' + (people || '')}</text></g>`;
  }
  return markup;
}

/** The inner SVG of a laid-out chart: team bands, then reporting lines, then the boxes on top. */
export function markup(laidOut, view) {
  const parts = [bands(laidOut.bands)];
  for (const line of laidOut.links) parts.push(link(line));
  for (const d of laidOut.placed) parts.push(box(d, view));
  return parts.join('');
}

/** A whole standalone SVG document of the laid-out chart, never cropped: its size is the chart's. */
export function document(laidOut, view, heading) {
  const b = laidOut.bounds;
  const top = b.y - 40;
  const height = b.height + 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.ceil(b.width)}" height="${Math.ceil(height)}"`
    + ` viewBox="${b.x} ${top} ${b.width} ${height}">`
    + `<style>${SVG_STYLE}</style>`
    + `<rect x="${b.x}" y="${top}" width="${b.width}" height="${height}" fill="#ffffff"/>`
    + `<text class="name" x="${b.x + 16}" y="${top + 26}">${escape(heading)}</text>`
    + markup(laidOut, view)
    + `</svg>`;
}
