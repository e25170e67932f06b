// Test-runner commands for the accessibility-tree tests (test/a11y/, `npm run test:a11y`).
//
//   immuno-ax-tree   { selector } → Chromium's accessibility tree of that element as readable text
//                    (Accessibility.getFullAXTree over the DevTools protocol; renderer accessibility
//                    is switched on by the call, as a running screen reader switches it on)
//   immuno-snapshot  { name, text } → compares text with test/a11y/__snapshots__/<name>.txt;
//                    with IMMUNO_UPDATE_SNAPSHOTS=1 writes it instead. Returns { pass, diff }.
//
// The text form: one node a line, indented by depth, in reading order:
//   heading "Who pays?" [level=3]
//     button "Who pays?" [expanded=false, focusable]
// Nodes Chromium ignores, and unnamed generic containers, are left out (their children are kept);
// text runs are shown as `text "…"` (long ones cut at 100 characters).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dir = 'test/a11y/__snapshots__';
const update = process.env.IMMUNO_UPDATE_SNAPSHOTS === '1';

/** Properties worth hearing, in the order they are printed. */
const shown = ['level', 'checked', 'pressed', 'expanded', 'selected', 'disabled', 'invalid', 'required', 'readonly', 'current', 'live', 'atomic', 'hasPopup', 'modal', 'valuetext', 'focused'];
/** Roles that add nothing when they have no name: their children stand in their place. */
const transparent = new Set(['generic', 'none', 'presentation', 'LineBreak', 'InlineTextBox', 'group', 'Section', 'LabelText', 'DescriptionListDetail']);
const cut = (s, n = 100) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const quote = (s) => JSON.stringify(cut(s.replace(/\s+/g, ' ').trim()));

function format(nodes, rootBackendId) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const root = nodes.find((n) => n.backendDOMNodeId === rootBackendId);
  if (!root) return '(the element is not in the accessibility tree)';
  const lines = [];
  const walk = (node, depth, named = false) => {
    const role = node.role?.value ?? '';
    const name = node.name?.value ?? '';
    const kids = (node.childIds ?? []).map((id) => byId.get(id)).filter(Boolean);
    if (node.ignored || role === 'InlineTextBox') {
      if (role !== 'InlineTextBox') for (const k of kids) walk(k, depth, named);
      return;
    }
    if (role === 'StaticText') {
      // Inside a node named by its contents, the text runs are that name, already shown.
      if (name.trim() && !named) lines.push(`${'  '.repeat(depth)}text ${quote(name)}`);
      return;
    }
    const props = [];
    for (const key of shown) {
      const p = (node.properties ?? []).find((x) => x.name === key);
      if (!p) continue;
      const v = p.value?.value;
      if ((v === false || (key === 'invalid' && v === 'false')) && !['expanded', 'checked', 'pressed', 'selected'].includes(key)) continue;
      if (key === 'live' && v === 'off') continue;
      props.push(v === true ? key : `${key}=${v}`);
    }
    if (transparent.has(role) && !name && !props.length) {
      for (const k of kids) walk(k, depth, named);
      return;
    }
    const description = node.description?.value ? ` (description ${quote(node.description.value)})` : '';
    lines.push(`${'  '.repeat(depth)}${role}${name ? ` ${quote(name)}` : ''}${props.length ? ` [${props.join(', ')}]` : ''}${description}`);
    // A name computed from the content: the content's text runs say it again; keep only structure below.
    const fromContents = node.name?.sources?.some((s) => s.type === 'contents' && s.value) && !node.name.sources.some((s) => s.type !== 'contents' && s.value);
    for (const k of kids) walk(k, depth + 1, named || fromContents);
  };
  walk(root, 0);
  return lines.join('\n');
}

async function axTree(page, selector) {
  const client = await page.createCDPSession();
  try {
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`immuno-ax-tree: nothing matches ${selector}`);
    const { node } = await client.send('DOM.describeNode', { nodeId });
    await client.send('Accessibility.enable');
    const { nodes } = await client.send('Accessibility.getFullAXTree');
    return format(nodes, node.backendNodeId);
  } finally {
    await client.detach();
  }
}

/** A short line diff: the lines that differ, with their numbers. */
function diff(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  const out = [];
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < 40; i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined) out.push(`${i + 1} - ${a[i]}`);
    if (b[i] !== undefined) out.push(`${i + 1} + ${b[i]}`);
  }
  return out.join('\n');
}

function snapshot({ name, text }) {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`immuno-snapshot: bad name ${name}`);
  const file = join(dir, `${name}.txt`);
  const body = `${text.trimEnd()}\n`;
  if (update) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, body);
    return { pass: true, diff: '' };
  }
  if (!existsSync(file)) return { pass: false, diff: `no snapshot ${file}: run \`npm run test:a11y -- --update\` and review it` };
  const expected = readFileSync(file, 'utf8');
  return expected === body ? { pass: true, diff: '' } : { pass: false, diff: `${file} differs (- snapshot, + now):\n${diff(expected, body)}` };
}

export function a11yCommandsPlugin() {
  return {
    name: 'immuno-a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'immuno-ax-tree') {
        const page = session.browser.getPage?.(session.id);
        if (!page || page.browser().protocol !== 'cdp') throw new Error('immuno-ax-tree needs Chromium (the DevTools protocol)');
        return axTree(page, payload.selector);
      }
      if (command === 'immuno-snapshot') return snapshot(payload);
      return undefined;
    },
  };
}
