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
 * after it, this removes exactly those paragraph tags (and line breaks) next
 * to a widget's own tags, nothing else. assets/classic-editor.js does the same
 * for the classic editor's own copy of wpautop.
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
	// A checklist item saved from the classic editor's Visual tab lost the <p> around its name
	// (<li data-therapies…><strong>Name</strong> <small>hint</small>): the checklist reads the name from it.
	$content = preg_replace( '#(<li\b[^>]*\sdata-therapies=[^>]*>)\s*(<strong>.*?</strong>(?:\s*<small>.*?</small>)?)(?!\s*</p>)#is', '$1<p>$2</p>', $content );
	return preg_replace(
		array(
			'#<p>\s*' . $tag . '\s*</p>#i',   // <p><immuno-faq></p>, <p></immuno-faq></p>
			'#<p>\s*' . $tag . '#i',          // <p><immuno-faq> … (the paragraph then closes inside)
			'#' . $tag . '\s*</p>#i',         // <immuno-faq lang="en"></p>
			'#' . $tag . '\s*<br\s*/?>#i',    // <immuno-faq lang="en"><br />
			'#<br\s*/?>\s*' . $tag . '#i',    // <br /></immuno-faq>
		),
		array( '$1', '$1', '$1', '$1', '$1' ),
		$content
	);
}
add_filter( 'the_content', 'immuno_widgets_unautop', 11 );
