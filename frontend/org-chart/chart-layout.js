import { hierarchy, tree } from 'd3-hierarchy';

/** Size of one box in the chart and the gaps around it, in SVG units (pixels at zoom 1). */
export const BOX = { width: 232, height: 78, gapX: 20, gapY: 64, teamGap: 36 };

/** The nodes of a chart by id and their children in the order they are drawn (by team, then by name). */
export class ChartIndex {
  constructor(nodes) {
    this.byId = new Map(nodes.map((n) => [n.id, n]));
    this.children = new Map();
    this.roots = [];
    for (const node of nodes) {
      const parent = node.parentId && this.byId.has(node.parentId) ? node.parentId : null;
      if (parent === null) {
        this.roots.push(node);
      } else {
        if (!this.children.has(parent)) this.children.set(parent, []);
        this.children.get(parent).push(node);
      }
    }
    // By team, then people before the open positions of their team, then by name.
    const order = (a, b) => (a.teamName || '').localeCompare(b.teamName || '')
      || (a.placeholder ? 1 : 0) - (b.placeholder ? 1 : 0) || a.name.localeCompare(b.name);
    this.roots.sort(order);
    for (const list of this.children.values()) list.sort(order);
  }

  childrenOf(id) {
    return this.children.get(id) || [];
  }

  /** How many people (not placeholders) report to the node directly. */
  peopleUnder(id) {
    return this.childrenOf(id).filter((k) => !k.placeholder).length;
  }

  /** How many nodes are below {@code id}, open or not. */
  sizeBelow(id) {
    let count = 0;
    const seen = new Set([id]);
    const stack = [...this.childrenOf(id)];
    while (stack.length) {
      const node = stack.pop();
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      count++;
      stack.push(...this.childrenOf(node.id));
    }
    return count;
  }

  /** Ids from the top of the chart down to the node's parent. */
  ancestors(id) {
    const path = [];
    const seen = new Set();
    let node = this.byId.get(id);
    while (node && node.parentId && this.byId.has(node.parentId) && !seen.has(node.parentId)) {
      seen.add(node.parentId);
      path.unshift(node.parentId);
      node = this.byId.get(node.parentId);
    }
    return path;
  }

  /** Ids of the nodes within {@code depth} levels of the top that have children. */
  upperLevels(depth) {
    const open = new Set();
    const walk = (node, level) => {
      if (level >= depth) return;
      const kids = this.childrenOf(node.id);
      if (kids.length === 0) return;
      open.add(node.id);
      kids.forEach((kid) => walk(kid, level + 1));
    };
    this.roots.forEach((root) => walk(root, 0));
    return open;
  }

  /** Every node that has children below {@code rootId} (or in the whole chart). */
  allParents(rootId) {
    const open = new Set();
    const stack = rootId ? [this.byId.get(rootId)] : [...this.roots];
    while (stack.length) {
      const node = stack.pop();
      if (!node || open.has(node.id)) continue;
      const kids = this.childrenOf(node.id);
      if (kids.length) {
        open.add(node.id);
        stack.push(...kids);
      }
    }
    return open;
  }
}

/**
 * Lays out the visible part of the chart: from {@code rootId} (or every top node under a hidden root)
 * down through the expanded nodes. Siblings of different teams keep a wider gap, so a team reads as a
 * group; people without reports stand in a column under their manager, so a wide team stays narrow.
 * Returns the placed nodes, the team bands behind them and the lines between them.
 */
export function layout(index, expanded, rootId) {
  const tops = rootId && index.byId.has(rootId) ? [index.byId.get(rootId)] : index.roots;
  const seen = new Set();
  const build = (node) => {
    seen.add(node.id);
    const kids = expanded.has(node.id) ? index.childrenOf(node.id).filter((k) => !seen.has(k.id)) : [];
    kids.forEach((k) => seen.add(k.id));
    if (kids.length > 1 && kids.every((k) => index.childrenOf(k.id).length === 0)) {
      // A column: each person hangs under the one above, so the tree keeps the column's width free.
      let chain = null;
      for (let i = kids.length - 1; i >= 0; i--) {
        chain = { node: kids[i], stackOf: node.id, children: chain ? [chain] : [] };
      }
      return { node, children: [chain] };
    }
    return { node, children: kids.map(build) };
  };
  const top = { node: null, children: tops.map(build) };
  const root = hierarchy(top, (d) => d.children);
  const unit = BOX.width + BOX.gapX;
  tree()
    .nodeSize([unit, BOX.height + BOX.gapY])
    .separation((a, b) => {
      if (a.parent !== b.parent) return 1 + BOX.teamGap / unit;
      return a.data.node.teamId === b.data.node.teamId ? 1 : 1 + BOX.teamGap / unit;
    })(root);
  const placed = root.descendants().filter((d) => d.data.node !== null);
  const links = [];
  const bands = [];
  for (const d of placed) {
    if (d.data.stackOf) {
      const above = d.parent;
      const manager = above.data.stackOf ? above.manager : above;
      d.manager = manager;
      const newTeam = !above.data.stackOf || above.data.node.teamId !== d.data.node.teamId;
      d.x = manager.x + STACK_INDENT;
      d.y = (above.data.stackOf ? above.y + BOX.height : manager.y + BOX.height + 14) + (newTeam ? 34 : 12);
      links.push({ stacked: true, from: manager, to: d });
    } else if (d.parent && d.parent.data.node !== null) {
      links.push({ stacked: false, from: d.parent, to: d });
    }
  }
  for (const d of root.descendants()) {
    const kids = (d.children || []).filter((k) => !k.data.stackOf);
    groupByTeam(kids).forEach((g) => bands.push(band(g, false)));
    if (d.children && d.children.length === 1 && d.children[0].data.stackOf && !d.data.stackOf) {
      const column = [];
      for (let k = d.children[0]; k; k = k.children ? k.children[0] : null) column.push(k);
      groupByTeam(column).forEach((g) => bands.push(band(g, true)));
    }
  }
  let minX = Infinity;
  let maxX = -Infinity;
  let maxY = 0;
  for (const d of placed) {
    minX = Math.min(minX, d.x - BOX.width / 2);
    maxX = Math.max(maxX, d.x + BOX.width / 2);
    maxY = Math.max(maxY, d.y + BOX.height);
  }
  if (placed.length === 0) {
    minX = 0;
    maxX = 0;
  }
  const topY = BOX.height + BOX.gapY;
  const bounds = { x: minX - 40, y: topY - 60, width: maxX - minX + 80, height: maxY - topY + 100 };
  return { root, placed, links, bands, bounds };
}

// A column of people stands right under its manager, inside the width the tree keeps for it.
const STACK_INDENT = 0;

function groupByTeam(nodes) {
  const groups = [];
  for (const d of nodes) {
    const last = groups[groups.length - 1];
    if (last && last[0].data.node.teamId === d.data.node.teamId) last.push(d);
    else groups.push([d]);
  }
  return groups;
}

function band(group, stacked) {
  const first = group[0];
  const last = group[group.length - 1];
  const x = Math.min(...group.map((g) => g.x)) - BOX.width / 2 - 8;
  const right = Math.max(...group.map((g) => g.x)) + BOX.width / 2 + 8;
  const y = first.y - 24;
  const bottom = (stacked ? last.y : first.y) + BOX.height + 8;
  return { teamId: first.data.node.teamId, teamName: first.data.node.teamName, x, y, width: right - x, height: bottom - y };
}
