<?php
/**
 * Loads the widgets' script as an ES module in <head>, with the small
 * "upgrade room" style, only on pages whose content uses a widget.
 *
 * WordPress 6.1 has no script-module API (wp_enqueue_script_module() came in
 * 6.5 and prints in the footer on classic themes), so the script is enqueued
 * as a normal script in the header and its tag turned into
 * `<script type="module">` with the script_loader_tag filter. A module is
 * deferred by the browser, so it never blocks the page.
 */

defined( 'ABSPATH' ) || exit;

const IMMUNO_WIDGETS_HANDLE = 'immuno-widgets';

/** Registers the script and the style (enqueued only where needed). */
function immuno_widgets_register_assets() {
	wp_register_script( IMMUNO_WIDGETS_HANDLE, IMMUNO_WIDGETS_URL . 'build/immuno-widgets.js', array(), IMMUNO_WIDGETS_VERSION, false );
	// The style is inline: a few hundred bytes, not worth a render-blocking request.
	wp_register_style( IMMUNO_WIDGETS_HANDLE, false, array(), IMMUNO_WIDGETS_VERSION );
	$css = IMMUNO_WIDGETS_DIR . 'build/upgrade.css';
	if ( is_readable( $css ) ) {
		wp_add_inline_style( IMMUNO_WIDGETS_HANDLE, (string) file_get_contents( $css ) );
	}
}
add_action( 'init', 'immuno_widgets_register_assets' );

/** Whether the page being shown uses a widget (any post in the main query). */
function immuno_widgets_page_uses_widget() {
	global $wp_query;
	$uses = false;
	if ( $wp_query instanceof WP_Query && ! empty( $wp_query->posts ) ) {
		foreach ( $wp_query->posts as $post ) {
			if ( $post instanceof WP_Post && immuno_widgets_content_uses_widget( $post->post_content ) ) {
				$uses = true;
				break;
			}
		}
	}
	/**
	 * Filters whether the widgets' script and style load on this page, for
	 * widgets placed outside post content (a template, a sidebar).
	 *
	 * @param bool $uses Whether the main query's posts use a widget.
	 */
	return (bool) apply_filters( 'immuno_widgets_load_assets', $uses );
}

/** Enqueues the script and style in <head> on pages that use a widget. */
function immuno_widgets_enqueue_assets() {
	if ( immuno_widgets_page_uses_widget() ) {
		immuno_widgets_enqueue();
	}
}
add_action( 'wp_enqueue_scripts', 'immuno_widgets_enqueue_assets' );

/** Enqueues both (safe to call more than once; WordPress prints each once). */
function immuno_widgets_enqueue() {
	wp_enqueue_script( IMMUNO_WIDGETS_HANDLE );
	wp_enqueue_style( IMMUNO_WIDGETS_HANDLE );
}

/**
 * Turns the script's tag into an ES module tag.
 *
 * @param string $tag    The `<script>` tag WordPress made.
 * @param string $handle Its handle.
 * @return string
 */
function immuno_widgets_module_tag( $tag, $handle ) {
	if ( IMMUNO_WIDGETS_HANDLE !== $handle && 'immuno-widgets-admin' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	// Only the tag that loads the file, not an inline script WordPress put before it.
	return preg_replace( '/<script(?=[^>]*\ssrc=)/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'immuno_widgets_module_tag', 10, 2 );
