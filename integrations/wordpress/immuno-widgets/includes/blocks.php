<?php
/**
 * The blocks' editor script (assets/blocks.js, a plain script: it registers
 * the blocks before the editor parses the post) and, in the editor, the
 * widgets' script so the block shows the live widget.
 */

defined( 'ABSPATH' ) || exit;

/** Enqueues the editor script with the registry and the uploaded packs. */
function immuno_widgets_block_editor_assets() {
	wp_enqueue_script( 'immuno-widgets-blocks', IMMUNO_WIDGETS_URL . 'assets/blocks.js', array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ), IMMUNO_WIDGETS_VERSION, false );
	wp_localize_script( 'immuno-widgets-blocks', 'immunoWidgetsEditor', immuno_widgets_script_data() );
	immuno_widgets_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'immuno_widgets_block_editor_assets' );
