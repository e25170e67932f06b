/**
 * Settings → Immunotherapy widgets: checks a chosen pack with the widgets'
 * own validator before it is sent (every problem with its field and a fix),
 * and pre-renders each widget's HTML from it for the shortcodes.
 */
const data = window.immunoWidgetsAdmin;
const form = document.getElementById('immuno-widgets-upload');
const input = document.getElementById('immuno-widgets-file');
const nameInput = document.getElementById('immuno-widgets-name');
const report = document.getElementById('immuno-widgets-check');
const hidden = document.getElementById('immuno-widgets-rendered');
const submit = form.querySelector('[type="submit"]');
const MAX = 1048576;

const line = (tag, text, cls) => {
  const el = document.createElement(tag);
  el.textContent = text;
  if (cls) el.className = cls;
  return el;
};
const list = (title, items, cls) => {
  const box = line('div', '', `notice inline ${cls}`);
  box.append(line('p', title));
  const ul = document.createElement('ul');
  for (const i of items) ul.append(line('li', `${i.path || '(the file)'}: ${i.message}${i.hint ? ` (fix: ${i.hint})` : ''}`));
  box.append(ul);
  return box;
};

const renderer = import(data.renderer);

async function check() {
  report.replaceChildren();
  hidden.replaceChildren();
  submit.disabled = true;
  const file = input.files?.[0];
  if (!file) return;
  if (file.size > MAX) return report.append(line('p', `The file is ${Math.round(file.size / 1024)} KB; the limit is 1024 KB.`, 'notice inline notice-error'));
  const { parseJson, checkPack, hintFor, renderWrapped } = await renderer;
  const parsed = parseJson(await file.text(), file.name);
  if (!parsed.ok) return report.append(line('p', parsed.message, 'notice inline notice-error'));
  const { errors, warnings, found } = checkPack(parsed.value);
  const withHints = (items) => items.map((i) => ({ ...i, hint: i.hint ?? hintFor(i) }));
  if (errors.length) report.append(list(`${errors.length} problem(s): fix them in the file and choose it again.`, withHints(errors), 'notice-error'));
  if (warnings.length) report.append(list(`${warnings.length} warning(s): the pack works, but check these.`, withHints(warnings), 'notice-warning'));
  if (errors.length) return;
  const names = [];
  for (const widget of data.widgets) {
    if (!(widget.section in found)) continue;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = `immuno_widgets_rendered[${widget.name}]`;
    field.value = renderWrapped(widget.name, { content: parsed.value }).html;
    hidden.append(field);
    names.push(`${widget.title} (${found[widget.section]} items)`);
  }
  report.append(line('p', `Ready: ${names.join(', ')}.`, 'notice inline notice-success'));
  if (!nameInput.value) nameInput.value = file.name.replace(/\.json$/i, '').replace(/[^A-Za-z0-9 _-]+/g, '-');
  submit.disabled = false;
}

input.addEventListener('change', () => {
  check().catch((e) => {
    console.warn('immuno-widgets: could not check the pack', e);
    report.append(line('p', `Could not check the pack: ${e.message}`, 'notice inline notice-error'));
  });
});
