<?php
/**
 * Undoes what `wpautop` does to a widget pasted as HTML into classic content.
 *
 * `wpautop` (the_content, priority 10) does not know the widgets' tags, so it
 * treats `<immuno-faq …>` as text: it closes a paragraph right after the
 * opening tag and opens one right before the closing tag
 * (`<immuno-faq lang="en"></p>` … `<p></immuno-faq>`), or wraps a tag on its
 * own line (`<p><immuno-faq></p>`). Browsers turn each into an empty `<p>`
 * inside the widget, or close the widget before its content. Running right
 * after it, this removes exactly those paragraph tags next to a widget's own
 * tags, nothing else.
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param string $content Post content after wpautop.
 * @return string
 */
function immuno_widgets_unautop( $content ) {
	if ( ! is_string( $content ) || false === stripos( $content, '<immuno-' ) && false === stripos( $content, '</immuno-' ) ) {
		return $content;
	}
	$tag = '(<\/?immuno-[a-z0-9-]+(?:\s[^>]*)?>)';
	return preg_replace(
		array(
			'#<p>\s*' . $tag . '\s*</p>#i',   // <p><immuno-faq></p>, <p></immuno-faq></p>
			'#<p>\s*' . $tag . '#i',          // <p><immuno-faq> … (the paragraph then closes inside)
			'#' . $tag . '\s*</p>#i',         // <immuno-faq lang="en"></p>
			'#<p>\s*(</immuno-[a-z0-9-]+>)#i', // <p></immuno-faq>
		),
		array( '$1', '$1', '$1', '$1' ),
		$content
	);
}
add_filter( 'the_content', 'immuno_widgets_unautop', 11 );
