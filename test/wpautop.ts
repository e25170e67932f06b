/**
 * A faithful port of WordPress's `wpautop()` (wp-includes/formatting.php,
 * with `wp_replace_in_html_tags` / `get_html_split_regex`), the filter that
 * turns the classic editor's text into paragraphs. Step for step, same regular
 * expressions (PCRE → JS: `\\1` back-references, `s` flag for `.` across lines).
 */
const allblocks =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';
/** `get_html_split_regex()`: comments, CDATA, or a tag up to its `>`. */
const htmlSplit = /(<(?:!--(?:-(?!->)|[^-])*(?:-->)?|!\[CDATA\[[^\]]*(?:\](?!\]>)[^\]]*)*(?:\]\]>)?|[^>]*>?))/;
const re = (s: string, flags = 'g') => new RegExp(s, flags);

function replaceInHtmlTags(haystack: string, needle: string, replace: string): string {
  const parts = haystack.split(htmlSplit);
  for (let i = 1; i < parts.length; i += 2) parts[i] = parts[i].split(needle).join(replace);
  return parts.join('');
}

export function wpautop(input: string, br = true): string {
  let pee = input;
  const preTags = new Map<string, string>();
  if (pee.trim() === '') return '';
  pee += '\n';
  if (pee.includes('<pre')) {
    const parts = pee.split('</pre>');
    const last = parts.pop()!;
    pee = '';
    parts.forEach((part, i) => {
      const start = part.indexOf('<pre');
      if (start === -1) {
        pee += part;
        return;
      }
      const name = `<pre wp-pre-tag-${i}></pre>`;
      preTags.set(name, part.slice(start) + '</pre>');
      pee += part.slice(0, start) + name;
    });
    pee += last;
  }
  pee = pee.replace(/<br\s*\/?>\s*<br\s*\/?>/g, '\n\n');
  pee = pee.replace(re(`(<${allblocks}[\\s/>])`), '\n\n$1');
  pee = pee.replace(re(`(</${allblocks}>)`), '$1\n\n');
  pee = pee.replace(/(<hr\s*?\/?>)/g, '$1\n\n');
  pee = pee.replace(/\r\n|\r/g, '\n');
  pee = replaceInHtmlTags(pee, '\n', ' <!-- wpnl --> ');
  if (pee.includes('<option')) {
    pee = pee.replace(/\s*<option/g, '<option').replace(/<\/option>\s*/g, '</option>');
  }
  if (pee.includes('</object>')) {
    pee = pee.replace(/(<object[^>]*>)\s*/g, '$1').replace(/\s*<\/object>/g, '</object>');
    pee = pee.replace(/\s*(<\/?(?:param|embed)[^>]*>)\s*/g, '$1');
  }
  if (pee.includes('<source') || pee.includes('<track')) {
    pee = pee.replace(/([<[](?:audio|video)[^>\]]*[>\]])\s*/g, '$1').replace(/\s*([<[]\/(?:audio|video)[>\]])/g, '$1');
    pee = pee.replace(/\s*(<(?:source|track)[^>]*>)\s*/g, '$1');
  }
  if (pee.includes('<figcaption')) {
    pee = pee.replace(/\s*(<figcaption[^>]*>)/g, '$1').replace(/<\/figcaption>\s*/g, '</figcaption>');
  }
  pee = pee.replace(/\n\n+/g, '\n\n');
  const pees = pee.split(/\n\s*\n/).filter((s) => s !== '');
  pee = '';
  for (const tinkle of pees) pee += '<p>' + tinkle.replace(/^\n+|\n+$/g, '') + '</p>\n';
  pee = pee.replace(/<p>\s*<\/p>/g, '');
  pee = pee.replace(/<p>([^<]+)<\/(div|address|form)>/g, '<p>$1</p></$2>');
  pee = pee.replace(re(`<p>\\s*(</?${allblocks}[^>]*>)\\s*</p>`), '$1');
  pee = pee.replace(/<p>(<li.+?)<\/p>/g, '$1');
  pee = pee.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>');
  pee = pee.split('</blockquote></p>').join('</p></blockquote>');
  pee = pee.replace(re(`<p>\\s*(</?${allblocks}[^>]*>)`), '$1');
  pee = pee.replace(re(`(</?${allblocks}[^>]*>)\\s*</p>`), '$1');
  if (br) {
    pee = pee.replace(/<(script|style|svg)[\s\S]*?<\/\1>/g, (m) => m.split('\n').join('<WPPreserveNewline />'));
    pee = pee.split('<br>').join('<br />').split('<br/>').join('<br />');
    pee = pee.replace(/(?<!<br \/>)\s*\n/g, '<br />\n');
    pee = pee.split('<WPPreserveNewline />').join('\n');
  }
  pee = pee.replace(re(`(</?${allblocks}[^>]*>)\\s*<br />`), '$1');
  pee = pee.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/g, '$1');
  pee = pee.replace(/\n<\/p>$/, '</p>');
  for (const [name, original] of preTags) pee = pee.split(name).join(original);
  if (pee.includes('<!-- wpnl -->')) pee = pee.split(' <!-- wpnl --> ').join('\n').split('<!-- wpnl -->').join('\n');
  return pee;
}
