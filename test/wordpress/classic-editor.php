<?php
/**
 * Plugin Name: immuno-widgets test: classic editor on request
 * Description: The WordPress test's must-use plugin: post-new.php?classic-editor=1 opens the classic editor (TinyMCE 4 with its Visual and Text tabs), as the Classic Editor plugin does.
 */
add_filter(
	'use_block_editor_for_post',
	function ( $use ) {
		return isset( $_GET['classic-editor'] ) ? false : $use;
	}
);
