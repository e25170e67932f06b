<?php
/**
 * The widget registry as the build wrote it (build/widgets.json, made from
 * the package's custom-elements manifest and its renderer): each widget's
 * tag, shortcode, attributes and its built-in content as pre-rendered HTML.
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every widget, keyed by name (`faq`, `how-it-works`, …).
 *
 * @return array<string, array{name: string, tag: string, title: string, shortcode: string, section: string, attributes: array, builtIn: string}>
 */
function immuno_widgets_registry() {
	static $registry = null;
	if ( null === $registry ) {
		$registry = array();
		$file     = IMMUNO_WIDGETS_DIR . 'build/widgets.json';
		$data     = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
		if ( ! is_array( $data ) || empty( $data['widgets'] ) ) {
			// A plugin folder without its build: say so once, do not break the site.
			error_log( 'immuno-widgets: build/widgets.json is missing or unreadable; reinstall the plugin from its zip.' );
			return $registry;
		}
		foreach ( $data['widgets'] as $widget ) {
			$registry[ $widget['name'] ] = $widget;
		}
	}
	return $registry;
}

/**
 * Whether a piece of post content uses a widget: one of the plugin's blocks,
 * one of its shortcodes, or an `<immuno-…>` tag written by hand.
 *
 * @param string $content Post content as stored.
 * @return bool
 */
function immuno_widgets_content_uses_widget( $content ) {
	if ( ! is_string( $content ) || '' === $content ) {
		return false;
	}
	if ( false !== strpos( $content, '<!-- wp:immuno-widgets/' ) || false !== stripos( $content, '<immuno-' ) ) {
		return true;
	}
	foreach ( immuno_widgets_registry() as $widget ) {
		if ( has_shortcode( $content, $widget['shortcode'] ) ) {
			return true;
		}
	}
	return false;
}
