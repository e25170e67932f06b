// The embed builder (demo/embed.html): the renderer and validator of dist/embed.js, the option controls from
// dist/custom-elements.json, the preview from dist/immuno-widgets.js. Everything loads from this host; nothing
// typed here is sent anywhere. Text from the pack is only ever set as text (or written by the renderer, which
// escapes it).
import { builtInPack, checkPack, parseJson, renderSnippet, widgetFor, widgets } from '../dist/embed.js';

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const form = $('builder');
const widgetSelect = /** @type {HTMLSelectElement} */ ($('widget'));
const pack = /** @type {HTMLTextAreaElement} */ ($('pack'));
const packFile = /** @type {HTMLInputElement} */ ($('pack-file'));
const lang = /** @type {HTMLInputElement} */ ($('lang'));
const script = /** @type {HTMLInputElement} */ ($('script'));
const snippet = /** @type {HTMLTextAreaElement} */ ($('snippet'));
const attributeFields = $('attribute-fields');

/** Attributes the builder does not offer: the snippet writes the content and its language itself. */
const NOT_OFFERED = new Set(['lang', 'src', 'src-timeout']);

const manifest = await fetch(new URL('../dist/custom-elements.json', import.meta.url)).then((r) => r.json());
/** The manifest's attributes of one tag. */
function attributesOf(tag) {
  for (const mod of manifest.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return (d.attributes ?? []).filter((a) => !NOT_OFFERED.has(a.name));
  return [];
}
const unquote = (s) => s?.replace(/^'|'$/g, '');

for (const w of widgets) widgetSelect.append(new Option(`<${w.tag}>`, w.name));
// `?widget=checklist` (any name, tag or alias) picks one; the FAQ is the most common first widget.
widgetSelect.value = widgetFor(new URLSearchParams(location.search).get('widget') ?? '') ?? 'faq';

/** Shows problems next to a field: `aria-invalid` on the field, the list in its `aria-describedby` container. */
function showProblems(field, container, problems) {
  const errors = problems.filter((p) => p.kind !== 'warning');
  if (errors.length) field.setAttribute('aria-invalid', 'true');
  else field.removeAttribute('aria-invalid');
  container.replaceChildren();
  if (!problems.length) return;
  const list = document.createElement('ul');
  for (const p of problems) {
    const li = document.createElement('li');
    li.className = p.kind === 'warning' ? 'warning' : 'error';
    const kind = document.createElement('strong');
    kind.textContent = p.kind === 'warning' ? 'Warning: ' : 'Error: ';
    li.append(kind);
    if (p.path !== undefined) {
      const code = document.createElement('code');
      code.textContent = p.path || '(the pack)';
      li.append(code, ': ');
    }
    li.append(p.message);
    if (p.hint) {
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = `Fix: ${p.hint}`;
      li.append(document.createElement('br'), hint);
    }
    list.append(li);
  }
  container.append(list);
}

/** Builds the option controls of the chosen widget from the manifest. */
function buildAttributeFields() {
  attributeFields.replaceChildren();
  const tag = widgets.find((w) => w.name === widgetSelect.value).tag;
  for (const a of attributesOf(tag)) {
    const id = `attr-${a.name}`;
    const type = a.type?.expandedText ?? a.type?.text ?? 'string';
    const wrap = document.createElement('div');
    wrap.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = a.name;
    const help = document.createElement('p');
    help.id = `${id}-help`;
    help.className = 'help';
    help.textContent = (a.description ?? '').replace(/`/g, '');
    const errors = document.createElement('div');
    errors.id = `${id}-errors`;
    errors.className = 'errors';
    let input;
    const values = /^'[^']*'( \| '[^']*')+$/.test(type) ? type.split(' | ').map(unquote) : undefined;
    if (type === 'boolean') {
      input = document.createElement('input');
      input.type = 'checkbox';
      wrap.classList.add('check');
    } else if (values) {
      input = document.createElement('select');
      for (const v of values) input.append(new Option(v === unquote(a.default) ? `${v} (default)` : v, v));
      input.value = unquote(a.default) ?? values[0];
    } else {
      input = document.createElement('input');
      if (/^number/.test(type)) input.inputMode = 'numeric';
      else if (/phone|-number$/.test(a.name)) input.type = 'tel';
      input.autocomplete = 'off';
      if (a.default && a.default !== "''" && a.default !== 'undefined') input.placeholder = unquote(a.default);
    }
    input.id = id;
    input.name = a.name;
    input.dataset.attribute = a.name;
    input.dataset.kind = type === 'boolean' ? 'boolean' : values ? 'choice' : /^number/.test(type) ? 'number' : 'text';
    if (values) input.dataset.default = unquote(a.default) ?? '';
    input.setAttribute('aria-describedby', `${help.id} ${errors.id}`);
    if (type === 'boolean') wrap.append(input, label, help, errors);
    else wrap.append(label, input, help, errors);
    attributeFields.append(wrap);
  }
}

/** The attributes set in the form, and the problems of each field. */
function readAttributes() {
  const attributes = {};
  let problems = 0;
  for (const input of attributeFields.querySelectorAll('[data-attribute]')) {
    const name = input.dataset.attribute;
    const found = [];
    if (input.dataset.kind === 'boolean') {
      if (input.checked) attributes[name] = true;
    } else if (input.dataset.kind === 'choice') {
      if (input.value !== input.dataset.default) attributes[name] = input.value;
    } else {
      const value = input.value.trim();
      if (value) {
        const range = /(\d)\s*[–-]\s*(\d)/.exec(input.closest('.field').querySelector('.help').textContent);
        if (input.dataset.kind === 'number' && !/^\d+$/.test(value)) found.push({ message: `"${value}" is not a whole number`, hint: 'write digits only, e.g. 3' });
        else if (input.dataset.kind === 'number' && range && (Number(value) < Number(range[1]) || Number(value) > Number(range[2])))
          found.push({ message: `${value} is outside ${range[1]}–${range[2]}`, hint: `use a number from ${range[1]} to ${range[2]}; the widget would clamp it` });
        else if (input.type === 'tel' && (!/\d/.test(value) || /[^\d\s+().\-/]/.test(value)))
          found.push({ message: `"${value}" does not look like a phone number`, hint: 'digits, spaces, + ( ) - only, written as patients should dial it, e.g. +1 555 0100' });
        attributes[name] = value;
      }
    }
    showProblems(input, $(`${input.id}-errors`), found);
    problems += found.length;
  }
  return { attributes, problems };
}

let lastGood = { content: undefined };
let packName = 'the pasted pack';

/** Validates everything, then writes the snippet and the preview. */
function update() {
  const widget = widgetSelect.value;
  const packProblems = [];
  let contentOk = true;
  const text = pack.value.trim();
  if (text) {
    const parsed = parseJson(text, packName);
    if (!parsed.ok) {
      contentOk = false;
      packProblems.push({ message: parsed.message });
    } else {
      const report = checkPack(parsed.value);
      packProblems.push(...report.errors, ...report.warnings.map((w) => ({ ...w, kind: 'warning' })));
      lastGood = { content: parsed.value };
    }
  } else lastGood = { content: undefined };
  showProblems(pack, $('pack-errors'), packProblems);

  const { attributes, problems } = readAttributes();
  const langProblems = [];
  if (lang.value.trim() && !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang.value.trim()))
    langProblems.push({ message: `"${lang.value.trim()}" is not a language code`, hint: 'use a code such as "en", "es" or "es-MX"' });
  showProblems(lang, $('lang-errors'), langProblems);

  const out = renderSnippet(widget, {
    content: lastGood.content,
    lang: lang.value.trim() || undefined,
    attributes,
    script: script.value.trim() || undefined,
  });
  const scriptProblems = out.warnings.filter((w) => w.startsWith('refused the script URL')).map((message) => ({ message, hint: 'use an https:// address, or a path such as /js/immuno-widgets.js' }));
  showProblems(script, $('script-errors'), scriptProblems);

  snippet.value = out.html;
  const notes = $('snippet-notes');
  notes.replaceChildren();
  const lines = [
    ...(contentOk ? [] : ['The JSON does not parse: the snippet and the preview show the last content that did.']),
    ...(out.issues.length ? [`${out.issues.length} part${out.issues.length > 1 ? 's' : ''} of the content had problems and ${out.issues.length > 1 ? 'were' : 'was'} left out (see Content).`] : []),
    ...out.warnings.filter((w) => !w.startsWith('refused the script URL')),
  ];
  if (lines.length) {
    const ul = document.createElement('ul');
    for (const l of lines) ul.append(Object.assign(document.createElement('li'), { textContent: l }));
    notes.append(ul);
  }
  // The preview: the renderer's own output (escaped, inert), upgraded by the real bundle.
  $('preview').innerHTML = renderSnippet(widget, { content: lastGood.content, lang: lang.value.trim() || undefined, attributes }).html;

  const errors = packProblems.filter((p) => p.kind !== 'warning').length + problems + langProblems.length + scriptProblems.length;
  const summary = errors ? `${errors} problem${errors > 1 ? 's' : ''} to fix` : 'No problems';
  if ($('summary').textContent !== summary) $('summary').textContent = summary;
  form.dataset.problems = String(errors);
}

let timer;
const soon = () => {
  clearTimeout(timer);
  timer = setTimeout(update, 200);
};

widgetSelect.addEventListener('change', () => {
  buildAttributeFields();
  update();
});
form.addEventListener('input', (e) => {
  if (e.target !== widgetSelect && e.target !== packFile) soon();
});
form.addEventListener('change', (e) => {
  if (e.target instanceof HTMLSelectElement || (e.target instanceof HTMLInputElement && e.target.type === 'checkbox')) soon();
});
form.addEventListener('submit', (e) => e.preventDefault());

$('load-built-in').addEventListener('click', () => {
  pack.value = `${JSON.stringify(builtInPack(widgetSelect.value), null, 2)}\n`;
  packName = 'the built-in pack';
  update();
  pack.focus();
});
packFile.addEventListener('change', async () => {
  const file = packFile.files?.[0];
  if (!file) return;
  pack.value = await file.text();
  packName = file.name;
  update();
  pack.focus();
});
pack.addEventListener('input', () => {
  if (packName === 'the built-in pack') packName = 'the pasted pack';
});

$('copy').addEventListener('click', async () => {
  const status = $('copy-status');
  update();
  try {
    await navigator.clipboard.writeText(snippet.value);
    status.textContent = `Copied the snippet (${snippet.value.length} characters). Paste it into your page as HTML.`;
  } catch {
    snippet.focus();
    snippet.select();
    status.textContent = 'Could not copy: the snippet is selected, press Ctrl+C (or ⌘+C) to copy it.';
  }
});

buildAttributeFields();
update();
form.dataset.ready = '';
