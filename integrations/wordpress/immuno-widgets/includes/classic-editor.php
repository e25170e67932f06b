<?php
/**
 * Keeps the widgets' markup in the classic editor's Visual tab.
 *
 * WordPress's TinyMCE 4 drops tags it does not know: switching a post from
 * the Text tab to the Visual tab removes every `<immuno-…>` element, and the
 * attributes the widgets read (`data-*`, `hidden`, `open`). This declares the
 * four elements as block elements (`custom_elements`) and lets the elements
 * and attributes of the widgets' markup through (`extended_valid_elements`),
 * the same list as the HTML filter allows (includes/kses.php). The editor's
 * own wpautop would still put the tags in paragraphs: assets/classic-editor.js
 * undoes that after each run.
 */

defined( 'ABSPATH' ) || exit;

/**
 * @param array $init TinyMCE settings.
 * @return array
 */
function immuno_widgets_tiny_mce_before_init( $init ) {
	$custom   = array();
	$extended = array();
	foreach ( immuno_widgets_kses_tags() as $tag => $attributes ) {
		if ( 0 === strpos( $tag, 'immuno-' ) ) {
			$custom[] = $tag;
		}
		// `[*]` keeps every attribute: TinyMCE 4 has no `data-*` wildcard. What is saved is still filtered by kses.
		$extended[] = $tag . '[*]';
	}
	$init['custom_elements']         = implode( ',', array_filter( array_merge( empty( $init['custom_elements'] ) ? array() : explode( ',', $init['custom_elements'] ), $custom ) ) );
	$init['extended_valid_elements'] = implode( ',', array_filter( array_merge( empty( $init['extended_valid_elements'] ) ? array() : explode( ',', $init['extended_valid_elements'] ), $extended ) ) );
	return $init;
}
add_filter( 'tiny_mce_before_init', 'immuno_widgets_tiny_mce_before_init' );

/** The repair of the editor's wpautop, on the screens that have the classic editor. */
function immuno_widgets_classic_editor_script( $hook ) {
	if ( in_array( $hook, array( 'post.php', 'post-new.php' ), true ) ) {
		// In <head>: it must listen before TinyMCE loads the post, which runs wpautop once.
		wp_enqueue_script( 'immuno-widgets-classic-editor', IMMUNO_WIDGETS_URL . 'assets/classic-editor.js', array( 'jquery' ), IMMUNO_WIDGETS_VERSION, false );
	}
}
add_action( 'admin_enqueue_scripts', 'immuno_widgets_classic_editor_script' );
