<?php
/**
 * Shortcodes for the classic editor: `[immuno_faq]`, `[immuno_how_it_works]`,
 * `[immuno_side_effect_checklist]`, `[immuno_therapy_explorer]`, with the
 * widget's attributes (`[immuno_faq searchable heading-level="2"]`) and
 * `pack="name"` for an uploaded content pack.
 *
 * The output is the widget with its content already written inside it (the
 * same pre-rendered HTML as the blocks), so the text is in the page for search
 * engines and visitors without JavaScript. WordPress runs shortcodes after
 * `wpautop` (priority 11 against 10) and `shortcode_unautop` removes the `<p>`
 * around a shortcode on its own line, so the output is not split into
 * paragraphs.
 */

defined( 'ABSPATH' ) || exit;

/** Registers one shortcode per widget. */
function immuno_widgets_register_shortcodes() {
	foreach ( immuno_widgets_registry() as $widget ) {
		add_shortcode( $widget['shortcode'], 'immuno_widgets_shortcode' );
	}
}
add_action( 'init', 'immuno_widgets_register_shortcodes' );

/**
 * Renders a shortcode.
 *
 * @param array|string $atts Attributes as WordPress parsed them (valueless ones come as list entries).
 * @param string|null  $content Unused.
 * @param string       $shortcode The shortcode's name.
 * @return string
 */
function immuno_widgets_shortcode( $atts, $content, $shortcode ) {
	$widget = null;
	foreach ( immuno_widgets_registry() as $candidate ) {
		if ( $candidate['shortcode'] === $shortcode ) {
			$widget = $candidate;
		}
	}
	if ( null === $widget ) {
		return '';
	}
	$atts = is_array( $atts ) ? $atts : array();
	// `[immuno_faq searchable]`: a bare word is a true boolean attribute.
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			unset( $atts[ $key ] );
			$atts[ strtolower( (string) $value ) ] = true;
		}
	}
	$notes = array();
	$html  = $widget['builtIn'];
	if ( ! empty( $atts['pack'] ) ) {
		$pack_html = immuno_widgets_pack_html( (string) $atts['pack'], $widget['name'] );
		if ( is_wp_error( $pack_html ) ) {
			$notes[] = $pack_html->get_error_message();
		} else {
			$html = $pack_html;
		}
	}
	unset( $atts['pack'] );

	$html = immuno_widgets_apply_attributes( $html, $widget, $atts, $notes );
	// The shortcode may sit in a template or sidebar the head check did not see.
	immuno_widgets_enqueue();

	$out = $html;
	if ( $notes ) {
		foreach ( $notes as $note ) {
			error_log( 'immuno-widgets: [' . $shortcode . '] ' . $note );
		}
		$out = '<!-- immuno-widgets: ' . esc_html( implode( ' ', $notes ) ) . ' -->' . $out;
		if ( current_user_can( 'edit_posts' ) ) {
			// Only people who can fix it see this; patients get the widget.
			$out = '<p class="immuno-widgets-notice" role="note"><strong>' . esc_html__( 'Immunotherapy widget:', 'immuno-widgets' ) . '</strong> ' . esc_html( implode( ' ', $notes ) ) . '</p>' . $out;
		}
	}
	return $out;
}

/**
 * Writes attributes onto the widget's opening tag of pre-rendered HTML, and
 * the item headings at `heading-level`. Unknown attributes and values that
 * do not fit are left out with a note.
 *
 * @param string $html   Pre-rendered HTML (`<div class="immuno-embed"><immuno-… lang="…">…`).
 * @param array  $widget The widget's registry entry.
 * @param array  $atts   Attribute name => value (true for a bare word).
 * @param array  $notes  Receives what was left out and why.
 * @return string
 */
function immuno_widgets_apply_attributes( $html, $widget, $atts, &$notes ) {
	$known = array();
	foreach ( $widget['attributes'] as $attribute ) {
		$known[ $attribute['name'] ] = $attribute;
	}
	$written = '';
	foreach ( $atts as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( ! isset( $known[ $name ] ) ) {
			/* translators: 1: attribute name, 2: list of attribute names. */
			$notes[] = sprintf( __( 'Unknown attribute "%1$s" left out; use %2$s.', 'immuno-widgets' ), $name, implode( ', ', array_keys( $known ) ) );
			continue;
		}
		$attribute = $known[ $name ];
		$value     = true === $value ? true : trim( (string) $value );
		switch ( $attribute['type'] ) {
			case 'boolean':
				if ( true === $value || in_array( strtolower( $value ), array( '', '1', 'true', 'yes', 'on', $name ), true ) ) {
					$written .= ' ' . $name;
				} elseif ( ! in_array( strtolower( $value ), array( '0', 'false', 'no', 'off' ), true ) ) {
					/* translators: 1: attribute name, 2: its value. */
					$notes[] = sprintf( __( '"%1$s" takes yes or no, not "%2$s".', 'immuno-widgets' ), $name, $value );
				}
				break;
			case 'number':
				if ( true === $value || ! is_numeric( $value ) ) {
					/* translators: %s: attribute name. */
					$notes[] = sprintf( __( '"%s" takes a number.', 'immuno-widgets' ), $name );
					break;
				}
				$number = (int) $value;
				if ( 'heading-level' === $name ) {
					$number = max( 2, min( 6, $number ) );
					$html   = immuno_widgets_heading_level( $html, $number );
				}
				$written .= sprintf( ' %s="%d"', $name, $number );
				break;
			case 'enum':
				if ( true === $value || ! in_array( $value, $attribute['values'], true ) ) {
					/* translators: 1: attribute name, 2: allowed values. */
					$notes[] = sprintf( __( '"%1$s" takes one of: %2$s.', 'immuno-widgets' ), $name, implode( ', ', $attribute['values'] ) );
					break;
				}
				$written .= sprintf( ' %s="%s"', $name, esc_attr( $value ) );
				break;
			default:
				if ( true !== $value && '' !== $value ) {
					$written .= sprintf( ' %s="%s"', $name, esc_attr( sanitize_text_field( $value ) ) );
				}
		}
	}
	$open = '<' . $widget['tag'];
	$at   = strpos( $html, $open );
	return false === $at ? $html : substr_replace( $html, $open . $written, $at, strlen( $open ) );
}

/**
 * Moves the items' headings (written at level 3) to another level, as the
 * renderer would have written them with that `heading-level`. Only the
 * stepper's and the explorer's forms hold headings; rich text never does.
 *
 * @param string $html  Pre-rendered HTML.
 * @param int    $level 2–6.
 * @return string
 */
function immuno_widgets_heading_level( $html, $level ) {
	return preg_replace( '#<(/?)h3>#', '<$1h' . $level . '>', $html );
}
