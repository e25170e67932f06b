/**
 * The classic editor runs its own copy of wpautop (wp.editor.autop) when a
 * post opens in the Visual tab and on every switch from Text to Visual. It
 * wraps the widgets' tags in <p> (`<p><immuno-faq lang="en"></p>`), and
 * TinyMCE then closes the widget before its content. After each run, this
 * removes exactly the <p>, </p> and <br /> it put next to a widget's own tags,
 * as includes/content.php does for the page. And back: see afterPreWpautop.
 */
(function ($) {
  'use strict';
  if (!$) return;
  var tag = '(<\\/?immuno-[a-z0-9-]+(?:\\s[^>]*)?>)';
  var rules = [
    [new RegExp('<p>\\s*' + tag + '\\s*</p>', 'gi'), '$1'],
    [new RegExp('<p>\\s*' + tag, 'gi'), '$1'],
    [new RegExp(tag + '\\s*</p>', 'gi'), '$1'],
    [new RegExp(tag + '\\s*<br\\s*/?>', 'gi'), '$1'],
    [new RegExp('<br\\s*/?>\\s*' + tag, 'gi'), '$1'],
  ];
  $(document).on('afterWpautop', function (event, obj) {
    if (!obj || typeof obj.data !== 'string' || obj.data.indexOf('immuno-') === -1) return;
    rules.forEach(function (r) {
      obj.data = obj.data.replace(r[0], r[1]);
    });
  });
  // The other way (Visual to Text, and saving from the Visual tab), wp.editor.removep
  // drops every plain <p>. The checklist reads a symptom's name from the <p> that
  // holds its <strong> (and <small> hint); wpautop does not put it back inside an
  // <li>, so it is put back here, only in the checklist's items (data-therapies).
  var label = /(<li\b[^>]*\sdata-therapies=[^>]*>)\s*(<strong>[\s\S]*?<\/strong>(?:\s*<small>[\s\S]*?<\/small>)?)/gi;
  $(document).on('afterPreWpautop', function (event, obj) {
    if (!obj || typeof obj.data !== 'string' || obj.data.indexOf('data-therapies') === -1) return;
    obj.data = obj.data.replace(label, '$1<p>$2</p>');
  });
})(window.jQuery);
