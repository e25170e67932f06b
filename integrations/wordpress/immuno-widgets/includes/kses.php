<?php
/**
 * Lets the widgets' markup through WordPress's HTML filter (kses), so posts
 * by Authors and Contributors (who lack `unfiltered_html`) keep it: the four
 * custom elements with their attributes, and the attributes the widgets read
 * on ordinary tags (`<details open>`, `<fieldset id>`, `<time datetime>`,
 * `<div hidden>`, `data-*`).
 *
 * `<script>` and `<style>` stay forbidden for those users, on purpose: a
 * content pack reaches their pages through the plugin's upload page
 * (Settings → Immunotherapy widgets), a block or a shortcode, never as a
 * script typed into a post.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The tags and attributes the widgets' light-DOM markup needs.
 *
 * @return array<string, array<string, bool>>
 */
function immuno_widgets_kses_tags() {
	$common = array(
		'id'     => true,
		'class'  => true,
		'lang'   => true,
		'dir'    => true,
		'hidden' => true,
		'data-*' => true,
	);
	$tags = array(
		'details' => array( 'open' => true ),
		'summary' => array(),
		'fieldset' => array(),
		'legend'  => array(),
		'article' => array(),
		'aside'   => array(),
		'section' => array(),
		'time'    => array( 'datetime' => true ),
		'dl'      => array(),
		'dt'      => array(),
		'dd'      => array(),
		'ol'      => array( 'start' => true, 'reversed' => true, 'type' => true ),
		'ul'      => array(),
		'li'      => array( 'value' => true ),
		'div'     => array(),
		'span'    => array(),
		'p'       => array(),
		'small'   => array(),
		'strong'  => array(),
		'a'       => array( 'href' => true, 'rel' => true, 'target' => true, 'hreflang' => true ),
	);
	for ( $level = 1; $level <= 6; $level++ ) {
		$tags[ "h$level" ] = array();
	}
	foreach ( immuno_widgets_registry() as $widget ) {
		$attributes = array();
		foreach ( $widget['attributes'] as $attribute ) {
			$attributes[ $attribute['name'] ] = true;
		}
		$tags[ $widget['tag'] ] = $attributes;
	}
	foreach ( $tags as $tag => $attributes ) {
		$tags[ $tag ] = array_merge( $common, $attributes );
	}
	return $tags;
}

/**
 * Adds the widgets' tags to the `post` context (what post content is
 * filtered with), merging attributes into tags WordPress already allows.
 *
 * @param array  $allowed Allowed tags and their attributes.
 * @param string $context The kses context.
 * @return array
 */
function immuno_widgets_kses_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	foreach ( immuno_widgets_kses_tags() as $tag => $attributes ) {
		$allowed[ $tag ] = array_merge( isset( $allowed[ $tag ] ) && is_array( $allowed[ $tag ] ) ? $allowed[ $tag ] : array(), $attributes );
	}
	// Never widen script or style: they stay as WordPress decides per role.
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'immuno_widgets_kses_allowed_html', 10, 2 );
