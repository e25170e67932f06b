<?php
/**
 * Plugin Name:       Immunotherapy patient widgets
 * Plugin URI:        https://github.com/immuno-widgets/immuno-widgets
 * Description:       Accessible widgets that explain cancer immunotherapy to patients: FAQ, how it works, side-effect checklist and therapy explorer. Blocks, shortcodes and content packs with your hospital's own text.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            immuno-widgets contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       immuno-widgets
 *
 * The widgets' script (build/immuno-widgets.js, MIT licensed, GPL-compatible)
 * ships inside this folder, so nothing goes through the Media Library, which
 * refuses .js and .json files.
 */

defined( 'ABSPATH' ) || exit;

define( 'IMMUNO_WIDGETS_VERSION', '0.1.0' );
define( 'IMMUNO_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );
define( 'IMMUNO_WIDGETS_URL', plugin_dir_url( __FILE__ ) );

require_once IMMUNO_WIDGETS_DIR . 'includes/widgets.php';
require_once IMMUNO_WIDGETS_DIR . 'includes/assets.php';
require_once IMMUNO_WIDGETS_DIR . 'includes/kses.php';
require_once IMMUNO_WIDGETS_DIR . 'includes/content.php';
require_once IMMUNO_WIDGETS_DIR . 'includes/classic-editor.php';
require_once IMMUNO_WIDGETS_DIR . 'includes/packs.php';
require_once IMMUNO_WIDGETS_DIR . 'includes/shortcodes.php';
require_once IMMUNO_WIDGETS_DIR . 'includes/blocks.php';
