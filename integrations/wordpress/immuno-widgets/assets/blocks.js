/**
 * One block per widget (block API version 2, no build step: WordPress's own
 * wp.blocks / wp.element / wp.blockEditor / wp.components globals).
 *
 * A block saves the widget with its content already written inside it, the
 * renderer's pre-rendered HTML, so the text is in the page for search engines
 * and visitors without JavaScript. That HTML is the block's only content
 * attribute (`source: 'html'`): what was saved is what is read back, so a new
 * version of the renderer never makes old blocks "invalid". Attribute
 * controls change the element's attributes in that HTML; the content is
 * rendered again only when you choose other content (built-in, an uploaded
 * pack, or a pack pasted and validated here).
 */
(function (wp, data) {
  'use strict';
  if (!wp || !wp.blocks || !data) return;
  var h = wp.element.createElement;
  var RawHTML = wp.element.RawHTML;
  var useState = wp.element.useState;
  var useEffect = wp.element.useEffect;
  var be = wp.blockEditor;
  var c = wp.components;
  var __ = wp.i18n.__;
  var renderer;
  var loadRenderer = function () {
    renderer = renderer || import(data.renderer);
    return renderer;
  };

  /** The element inside the saved HTML, parsed (or null). */
  function parse(html, tag) {
    var doc = new DOMParser().parseFromString('<!doctype html><body>' + (html || ''), 'text/html');
    return { doc: doc, el: doc.body.querySelector(tag) };
  }

  /** The element's current attribute values, for the controls. */
  function current(html, widget) {
    var el = parse(html, widget.tag).el;
    var values = {};
    widget.attributes.forEach(function (a) {
      values[a.name] = el && el.hasAttribute(a.name) ? el.getAttribute(a.name) : undefined;
    });
    return values;
  }

  /** The HTML with one attribute changed (and the item headings moved, for heading-level). */
  function patch(html, widget, name, value) {
    var p = parse(html, widget.tag);
    if (!p.el) return html;
    if (value === undefined || value === false || value === '') p.el.removeAttribute(name);
    else p.el.setAttribute(name, value === true ? '' : String(value));
    if (name === 'heading-level') {
      var level = Math.min(Math.max(Number(value) || 3, 2), 6);
      p.el.querySelectorAll(':scope > ol > li > :is(h2,h3,h4,h5,h6), :scope > article > :is(h2,h3,h4,h5,h6)').forEach(function (old) {
        var heading = p.doc.createElement('h' + level);
        heading.innerHTML = old.innerHTML;
        old.replaceWith(heading);
      });
    }
    return p.el.outerHTML;
  }

  /** Attributes to keep when the content is rendered again. */
  function kept(html, widget) {
    var values = current(html, widget);
    var out = {};
    Object.keys(values).forEach(function (k) {
      if (values[k] !== undefined) out[k] = values[k] === '' ? true : values[k];
    });
    return out;
  }

  function control(widget, a, value, onChange) {
    var label = a.name.replace(/-/g, ' ').replace(/^./, function (s) { return s.toUpperCase(); });
    var help = a.description || undefined;
    if (a.type === 'boolean')
      return h(c.ToggleControl, { key: a.name, label: label, help: help, checked: value !== undefined, onChange: function (v) { onChange(a.name, v); } });
    if (a.type === 'enum')
      return h(c.SelectControl, {
        key: a.name, label: label, help: help, value: value === undefined ? a.default : value,
        options: a.values.map(function (v) { return { label: v, value: v }; }),
        onChange: function (v) { onChange(a.name, v === a.default ? undefined : v); },
      });
    if (a.name === 'heading-level')
      return h(c.SelectControl, {
        key: a.name, label: label, help: help, value: value === undefined ? '3' : value,
        options: ['2', '3', '4', '5', '6'].map(function (v) { return { label: 'H' + v, value: v }; }),
        onChange: function (v) { onChange(a.name, v === '3' ? undefined : v); },
      });
    return h(c.TextControl, {
      key: a.name, label: label, help: help, type: a.type === 'number' ? 'number' : 'text', value: value === undefined ? '' : value,
      onChange: function (v) { onChange(a.name, v); },
    });
  }

  function Edit(widget) {
    return function (props) {
      var attributes = props.attributes;
      var setAttributes = props.setAttributes;
      var blockProps = be.useBlockProps({ className: 'immuno-embed' });
      var state = useState({ source: attributes.pack || '', pasted: '', problems: null, busy: false });
      var s = state[0];
      var set = function (patchState) { state[1](function (old) { return Object.assign({}, old, patchState); }); };

      /** Renders the content again from a pack (undefined: built-in), keeping the attributes. */
      function render(pack, packName) {
        set({ busy: true });
        return loadRenderer().then(function (r) {
          var out = r.renderElement(widget.name, { content: pack, attributes: kept(attributes.html, widget) });
          var problems = out.issues.map(function (i) { return { path: i.path, message: i.message, hint: r.hintFor(i) }; });
          out.warnings.forEach(function (w) { problems.push({ path: '', message: w }); });
          setAttributes({ html: out.html, pack: packName });
          set({ busy: false, problems: problems.length ? problems : null });
        }).catch(function (e) {
          console.warn('immuno-widgets: ' + widget.tag + ' could not render its content', e);
          set({ busy: false, problems: [{ path: '', message: String(e && e.message || e) }] });
        });
      }

      useEffect(function () {
        if (!attributes.html) render(undefined, '');
      }, []);

      function chooseSource(value) {
        set({ source: value, problems: null });
        if (value === '') return render(undefined, '');
        if (value === '#paste') return;
        var pack = data.packs.filter(function (p) { return p.slug === value; })[0];
        if (!pack) return;
        set({ busy: true });
        fetch(pack.url, { credentials: 'same-origin' })
          .then(function (res) { if (!res.ok) throw new Error(pack.url + ': HTTP ' + res.status); return res.json(); })
          .then(function (json) { return render(json, pack.slug); })
          .catch(function (e) { set({ busy: false, problems: [{ path: '', message: String(e.message || e) }] }); });
      }

      function checkPasted(text) {
        set({ pasted: text });
        if (!text.trim()) return set({ problems: null });
        loadRenderer().then(function (r) {
          var parsed = r.parseJson(text, 'the pasted pack');
          if (!parsed.ok) return set({ problems: [{ path: '', message: parsed.message }] });
          var report = r.checkPack(parsed.value);
          if (!(widget.section in report.found))
            return set({ problems: [{ path: widget.section, message: __('the pack has no "' + widget.section + '" section, which this widget shows', 'immuno-widgets') }] });
          var errors = report.errors.map(function (i) { return { path: i.path, message: i.message, hint: i.hint || r.hintFor(i) }; });
          if (errors.length) return set({ problems: errors });
          render(parsed.value, '#pasted');
        });
      }

      var values = current(attributes.html, widget);
      var options = [{ label: __('Built-in (English)', 'immuno-widgets'), value: '' }]
        .concat(data.packs.filter(function (p) { return p.sections.indexOf(widget.section) !== -1; }).map(function (p) { return { label: p.name + ' (' + p.slug + ')', value: p.slug }; }))
        .concat([{ label: __('Paste a content pack (JSON)…', 'immuno-widgets'), value: '#paste' }]);
      var problems = s.problems && h(c.Notice, { status: 'warning', isDismissible: false, className: 'immuno-widgets-problems' },
        h('ul', null, s.problems.map(function (p, i) {
          return h('li', { key: i }, (p.path ? p.path + ': ' : '') + p.message + (p.hint ? ' (' + __('fix', 'immuno-widgets') + ': ' + p.hint + ')' : ''));
        })));

      return h(wp.element.Fragment, null,
        h(be.InspectorControls, null,
          h(c.PanelBody, { title: __('Content', 'immuno-widgets'), initialOpen: true },
            h(c.SelectControl, { label: __('Content pack', 'immuno-widgets'), value: s.source === '#pasted' ? '#paste' : s.source, options: options, onChange: chooseSource,
              help: __('Upload packs under Settings → Immunotherapy widgets.', 'immuno-widgets') }),
            s.source === '#paste' && h(c.TextareaControl, { label: __('Pack (JSON)', 'immuno-widgets'), value: s.pasted, rows: 8, onChange: checkPasted,
              help: __('Checked as you type; the widget shows it when it has no problem.', 'immuno-widgets') }),
            problems,
            s.busy && h(c.Spinner)),
          h(c.PanelBody, { title: __('Settings', 'immuno-widgets'), initialOpen: true },
            widget.attributes.map(function (a) {
              return control(widget, a, values[a.name], function (name, v) { setAttributes({ html: patch(attributes.html, widget, name, v) }); });
            }))),
        h('div', blockProps, attributes.html ? h(RawHTML, null, attributes.html) : h(c.Spinner)));
    };
  }

  data.widgets.forEach(function (widget) {
    wp.blocks.registerBlockType('immuno-widgets/' + widget.name, {
      apiVersion: 2,
      title: widget.title,
      description: widget.summary,
      category: 'widgets',
      icon: 'heart',
      keywords: ['immunotherapy', 'cancer', 'patient'],
      attributes: {
        html: { type: 'string', source: 'html', selector: 'div.immuno-embed' },
        pack: { type: 'string', default: '' },
      },
      supports: { html: false, align: ['wide', 'full'] },
      edit: Edit(widget),
      save: function (props) {
        return h('div', be.useBlockProps.save({ className: 'immuno-embed' }), h(RawHTML, null, props.attributes.html));
      },
    });
  });
})(window.wp, window.immunoWidgetsEditor);
