<?php
/**
 * Content packs: a hospital's own text for the widgets, uploaded as a .json
 * file on Settings → Immunotherapy widgets (the Media Library refuses .json).
 *
 * The page's script checks the pack with the widgets' own validator before it
 * is sent, shows every problem with its field and a fix, and pre-renders each
 * widget's HTML from it (the same renderer as the blocks). The server checks
 * again what it can: who is asking (capability and nonce), the size, that the
 * file is JSON holding a pack, and that each pre-rendered piece is one widget
 * whose markup passes the HTML filter. The pack is stored as
 * uploads/immuno-widgets/<name>.json (served from this site), its pre-rendered
 * HTML in an option that is not autoloaded.
 */

defined( 'ABSPATH' ) || exit;

/** Largest pack accepted, in bytes (the built-in English content is about 60 KB). */
const IMMUNO_WIDGETS_MAX_PACK_BYTES = 1048576;
const IMMUNO_WIDGETS_PACKS_OPTION   = 'immuno_widgets_packs';
const IMMUNO_WIDGETS_CAPABILITY     = 'manage_options';

/** Section name in a pack for each widget. */
function immuno_widgets_sections() {
	$sections = array();
	foreach ( immuno_widgets_registry() as $widget ) {
		$sections[ $widget['name'] ] = $widget['section'];
	}
	return $sections;
}

/**
 * The uploaded packs: slug => { name, sections, uploaded, url }.
 *
 * @return array<string, array>
 */
function immuno_widgets_packs() {
	$packs = get_option( IMMUNO_WIDGETS_PACKS_OPTION, array() );
	if ( ! is_array( $packs ) ) {
		return array();
	}
	$uploads = wp_upload_dir( null, false );
	foreach ( $packs as $slug => $pack ) {
		$packs[ $slug ]['url'] = trailingslashit( $uploads['baseurl'] ) . 'immuno-widgets/' . $slug . '.json';
	}
	return $packs;
}

/** A pack name as a file and option name: lower-case letters, digits and hyphens. */
function immuno_widgets_pack_slug( $name ) {
	return substr( sanitize_title( (string) $name ), 0, 60 );
}

/**
 * A widget's pre-rendered HTML from an uploaded pack.
 *
 * @param string $name   The pack's name or slug.
 * @param string $widget Widget name (`faq`, …).
 * @return string|WP_Error
 */
function immuno_widgets_pack_html( $name, $widget ) {
	$slug  = immuno_widgets_pack_slug( $name );
	$packs = immuno_widgets_packs();
	if ( '' === $slug || ! isset( $packs[ $slug ] ) ) {
		/* translators: %s: pack name. */
		return new WP_Error( 'immuno_widgets_no_pack', sprintf( __( 'No uploaded content pack is named "%s" (Settings → Immunotherapy widgets); showing the built-in content.', 'immuno-widgets' ), $name ) );
	}
	$html = get_option( 'immuno_widgets_pack_' . $slug, array() );
	if ( empty( $html[ $widget ] ) ) {
		/* translators: 1: pack name, 2: section name. */
		return new WP_Error( 'immuno_widgets_no_section', sprintf( __( 'The content pack "%1$s" has no "%2$s" section; showing the built-in content.', 'immuno-widgets' ), $name, immuno_widgets_sections()[ $widget ] ) );
	}
	return $html[ $widget ];
}

/**
 * Checks a pre-rendered piece of HTML for one widget: one wrapper holding the
 * widget's element, and nothing the HTML filter would remove.
 *
 * @param string $html   As sent by the upload page.
 * @param array  $widget Registry entry.
 * @return string|WP_Error The HTML as filtered.
 */
function immuno_widgets_check_rendered( $html, $widget ) {
	$html = str_replace( "\r\n", "\n", (string) $html );
	if ( strlen( $html ) > 4 * IMMUNO_WIDGETS_MAX_PACK_BYTES || 0 !== strpos( $html, '<div class="immuno-embed"><' . $widget['tag'] . ' ' ) ) {
		return new WP_Error( 'immuno_widgets_bad_render', __( 'The page did not render this widget; reload it and try again.', 'immuno-widgets' ) );
	}
	$allowed  = wp_kses_allowed_html( 'post' );
	$filtered = wp_kses( $html, $allowed );
	return $filtered;
}

/**
 * Checks and stores an uploaded pack.
 *
 * @param string $name     Pack name given by the user.
 * @param string $json     The file's text.
 * @param array  $rendered Widget name => pre-rendered HTML (from the upload page).
 * @return true|WP_Error
 */
function immuno_widgets_save_pack( $name, $json, $rendered ) {
	$slug = immuno_widgets_pack_slug( $name );
	if ( '' === $slug ) {
		return new WP_Error( 'immuno_widgets_name', __( 'Give the pack a name (letters, digits, hyphens).', 'immuno-widgets' ) );
	}
	if ( strlen( $json ) > IMMUNO_WIDGETS_MAX_PACK_BYTES ) {
		/* translators: %s: size limit. */
		return new WP_Error( 'immuno_widgets_size', sprintf( __( 'The file is larger than %s.', 'immuno-widgets' ), size_format( IMMUNO_WIDGETS_MAX_PACK_BYTES ) ) );
	}
	$json = preg_replace( '/^\xEF\xBB\xBF/', '', $json );
	$pack = json_decode( $json, true, 64 );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message. */
		return new WP_Error( 'immuno_widgets_json', sprintf( __( 'The file is not JSON (%s). Curly quotes “ ” or a CMS adding <p> are the usual cause: save it from a plain-text editor.', 'immuno-widgets' ), json_last_error_msg() ) );
	}
	if ( ! is_array( $pack ) || array_values( $pack ) === $pack || ! isset( $pack['meta'] ) || ! is_array( $pack['meta'] ) ) {
		return new WP_Error( 'immuno_widgets_shape', __( 'The file is JSON but not a content pack: it must be one object with "meta" and at least one of "faq", "steps", "symptoms", "therapies".', 'immuno-widgets' ) );
	}
	$sections = array_intersect( immuno_widgets_sections(), array_keys( $pack ) );
	if ( ! $sections ) {
		return new WP_Error( 'immuno_widgets_sections', __( 'The pack has no section: add one of "faq", "steps", "symptoms", "therapies".', 'immuno-widgets' ) );
	}
	$registry = immuno_widgets_registry();
	$html     = array();
	foreach ( $sections as $widget => $section ) {
		if ( ! isset( $rendered[ $widget ] ) ) {
			return new WP_Error( 'immuno_widgets_not_rendered', __( 'The upload page did not check the pack in your browser (is JavaScript on?). Reload the page and upload again.', 'immuno-widgets' ) );
		}
		$checked = immuno_widgets_check_rendered( wp_unslash( $rendered[ $widget ] ), $registry[ $widget ] );
		if ( is_wp_error( $checked ) ) {
			return $checked;
		}
		$html[ $widget ] = $checked;
	}

	$uploads = wp_upload_dir();
	$dir     = trailingslashit( $uploads['basedir'] ) . 'immuno-widgets';
	if ( ! wp_mkdir_p( $dir ) ) {
		return new WP_Error( 'immuno_widgets_dir', __( 'Could not create the uploads/immuno-widgets folder: check that WordPress can write to its uploads folder.', 'immuno-widgets' ) );
	}
	if ( false === file_put_contents( $dir . '/' . $slug . '.json', wp_json_encode( $pack, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) ) ) {
		return new WP_Error( 'immuno_widgets_write', __( 'Could not save the file in uploads/immuno-widgets.', 'immuno-widgets' ) );
	}
	update_option( 'immuno_widgets_pack_' . $slug, $html, false );
	$packs          = get_option( IMMUNO_WIDGETS_PACKS_OPTION, array() );
	$packs          = is_array( $packs ) ? $packs : array();
	$packs[ $slug ] = array(
		'name'     => sanitize_text_field( $name ),
		'sections' => array_values( $sections ),
		'language' => isset( $pack['meta']['language'] ) && is_string( $pack['meta']['language'] ) ? sanitize_text_field( $pack['meta']['language'] ) : '',
		'uploaded' => gmdate( 'c' ),
	);
	update_option( IMMUNO_WIDGETS_PACKS_OPTION, $packs, false );
	return true;
}

/** Deletes an uploaded pack. */
function immuno_widgets_delete_pack( $slug ) {
	$packs = get_option( IMMUNO_WIDGETS_PACKS_OPTION, array() );
	unset( $packs[ $slug ] );
	update_option( IMMUNO_WIDGETS_PACKS_OPTION, $packs, false );
	delete_option( 'immuno_widgets_pack_' . $slug );
	$uploads = wp_upload_dir( null, false );
	wp_delete_file( trailingslashit( $uploads['basedir'] ) . 'immuno-widgets/' . $slug . '.json' );
}

/** The settings page. */
function immuno_widgets_admin_menu() {
	$hook = add_options_page( __( 'Immunotherapy widgets', 'immuno-widgets' ), __( 'Immunotherapy widgets', 'immuno-widgets' ), IMMUNO_WIDGETS_CAPABILITY, 'immuno-widgets', 'immuno_widgets_admin_page' );
	add_action( 'load-' . $hook, 'immuno_widgets_admin_load' );
}
add_action( 'admin_menu', 'immuno_widgets_admin_menu' );

/** Handles a form post on the settings page, then redirects (post/redirect/get). */
function immuno_widgets_admin_load() {
	add_action( 'admin_enqueue_scripts', 'immuno_widgets_admin_scripts' );
	if ( 'POST' !== $_SERVER['REQUEST_METHOD'] || empty( $_POST['immuno_widgets_action'] ) ) {
		return;
	}
	if ( ! current_user_can( IMMUNO_WIDGETS_CAPABILITY ) ) {
		wp_die( esc_html__( 'You are not allowed to manage content packs.', 'immuno-widgets' ), 403 );
	}
	$action = sanitize_key( $_POST['immuno_widgets_action'] );
	check_admin_referer( 'immuno_widgets_' . $action );
	$result = true;
	if ( 'upload' === $action ) {
		$file = isset( $_FILES['immuno_widgets_pack'] ) ? $_FILES['immuno_widgets_pack'] : null;
		if ( ! $file || UPLOAD_ERR_OK !== $file['error'] || ! is_uploaded_file( $file['tmp_name'] ) ) {
			$result = new WP_Error( 'immuno_widgets_file', __( 'Choose a .json file to upload.', 'immuno-widgets' ) );
		} elseif ( ! preg_match( '/\.json$/i', $file['name'] ) ) {
			$result = new WP_Error( 'immuno_widgets_type', __( 'A content pack is a .json file.', 'immuno-widgets' ) );
		} elseif ( $file['size'] > IMMUNO_WIDGETS_MAX_PACK_BYTES ) {
			/* translators: %s: size limit. */
			$result = new WP_Error( 'immuno_widgets_size', sprintf( __( 'The file is larger than %s.', 'immuno-widgets' ), size_format( IMMUNO_WIDGETS_MAX_PACK_BYTES ) ) );
		} else {
			$name     = isset( $_POST['immuno_widgets_name'] ) ? sanitize_text_field( wp_unslash( $_POST['immuno_widgets_name'] ) ) : '';
			$rendered = isset( $_POST['immuno_widgets_rendered'] ) && is_array( $_POST['immuno_widgets_rendered'] ) ? $_POST['immuno_widgets_rendered'] : array(); // phpcs:ignore WordPress.Security.ValidatedSanitizedInput -- checked and filtered per widget.
			$result   = immuno_widgets_save_pack( $name, (string) file_get_contents( $file['tmp_name'] ), $rendered );
		}
	} elseif ( 'delete' === $action && isset( $_POST['immuno_widgets_slug'] ) ) {
		immuno_widgets_delete_pack( immuno_widgets_pack_slug( wp_unslash( $_POST['immuno_widgets_slug'] ) ) );
	}
	$message = is_wp_error( $result ) ? 'error:' . $result->get_error_message() : 'ok:' . $action;
	set_transient( 'immuno_widgets_notice_' . get_current_user_id(), $message, 60 );
	wp_safe_redirect( menu_page_url( 'immuno-widgets', false ) );
	exit;
}

/** The upload page's checker (the validator and renderer, as a module). */
function immuno_widgets_admin_scripts() {
	wp_enqueue_script( 'immuno-widgets-admin', IMMUNO_WIDGETS_URL . 'assets/packs.js', array(), IMMUNO_WIDGETS_VERSION, true );
	wp_localize_script( 'immuno-widgets-admin', 'immunoWidgetsAdmin', immuno_widgets_script_data() );
}

/** What the editor and upload scripts need to know. */
function immuno_widgets_script_data() {
	$widgets = array();
	foreach ( immuno_widgets_registry() as $widget ) {
		unset( $widget['builtIn'] );
		$widgets[] = $widget;
	}
	return array(
		'renderer' => IMMUNO_WIDGETS_URL . 'assets/render.js?ver=' . IMMUNO_WIDGETS_VERSION,
		'widgets'  => $widgets,
		'packs'    => array_values(
			array_map(
				function ( $slug, $pack ) {
					return array(
						'slug'     => $slug,
						'name'     => $pack['name'],
						'sections' => $pack['sections'],
						'url'      => $pack['url'],
					);
				},
				array_keys( immuno_widgets_packs() ),
				immuno_widgets_packs()
			)
		),
	);
}

/** Renders the settings page. */
function immuno_widgets_admin_page() {
	if ( ! current_user_can( IMMUNO_WIDGETS_CAPABILITY ) ) {
		return;
	}
	$notice = get_transient( 'immuno_widgets_notice_' . get_current_user_id() );
	delete_transient( 'immuno_widgets_notice_' . get_current_user_id() );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Immunotherapy widgets', 'immuno-widgets' ); ?></h1>
		<?php if ( $notice ) : ?>
			<?php $ok = 0 === strpos( $notice, 'ok:' ); ?>
			<div class="notice <?php echo $ok ? 'notice-success' : 'notice-error'; ?>" role="alert"><p>
				<?php echo $ok ? esc_html__( 'Done.', 'immuno-widgets' ) : esc_html( substr( $notice, 6 ) ); ?>
			</p></div>
		<?php endif; ?>
		<p><?php esc_html_e( 'Add a widget to a page with its block (search "immunotherapy" in the block inserter) or a shortcode:', 'immuno-widgets' ); ?>
			<code>[immuno_faq]</code> <code>[immuno_how_it_works]</code> <code>[immuno_side_effect_checklist]</code> <code>[immuno_therapy_explorer]</code>.
			<?php esc_html_e( 'To use your hospital\'s own text, upload a content pack below and add pack="its-name" to the shortcode, or choose it in the block\'s settings.', 'immuno-widgets' ); ?></p>

		<h2><?php esc_html_e( 'Content packs', 'immuno-widgets' ); ?></h2>
		<?php $packs = immuno_widgets_packs(); ?>
		<?php if ( $packs ) : ?>
			<table class="widefat striped" id="immuno-widgets-packs">
				<thead><tr><th scope="col"><?php esc_html_e( 'Name (for pack="…")', 'immuno-widgets' ); ?></th><th scope="col"><?php esc_html_e( 'Sections', 'immuno-widgets' ); ?></th><th scope="col"><?php esc_html_e( 'Uploaded', 'immuno-widgets' ); ?></th><th scope="col"><span class="screen-reader-text"><?php esc_html_e( 'Actions', 'immuno-widgets' ); ?></span></th></tr></thead>
				<tbody>
				<?php foreach ( $packs as $slug => $pack ) : ?>
					<tr>
						<td><code><?php echo esc_html( $slug ); ?></code> <a href="<?php echo esc_url( $pack['url'] ); ?>"><?php esc_html_e( 'file', 'immuno-widgets' ); ?></a></td>
						<td><?php echo esc_html( implode( ', ', $pack['sections'] ) ); ?></td>
						<td><?php echo esc_html( $pack['uploaded'] ); ?></td>
						<td><form method="post">
							<?php wp_nonce_field( 'immuno_widgets_delete' ); ?>
							<input type="hidden" name="immuno_widgets_action" value="delete">
							<input type="hidden" name="immuno_widgets_slug" value="<?php echo esc_attr( $slug ); ?>">
							<button type="submit" class="button-link-delete button-link"><?php esc_html_e( 'Delete', 'immuno-widgets' ); ?> <span class="screen-reader-text"><?php echo esc_html( $slug ); ?></span></button>
						</form></td>
					</tr>
				<?php endforeach; ?>
				</tbody>
			</table>
		<?php else : ?>
			<p><?php esc_html_e( 'No content pack yet: the widgets show their built-in English content.', 'immuno-widgets' ); ?></p>
		<?php endif; ?>

		<h2><?php esc_html_e( 'Upload a content pack', 'immuno-widgets' ); ?></h2>
		<form method="post" enctype="multipart/form-data" id="immuno-widgets-upload">
			<?php wp_nonce_field( 'immuno_widgets_upload' ); ?>
			<input type="hidden" name="immuno_widgets_action" value="upload">
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="immuno-widgets-file"><?php esc_html_e( 'Pack file (.json)', 'immuno-widgets' ); ?></label></th>
					<td><input type="file" id="immuno-widgets-file" name="immuno_widgets_pack" accept=".json,application/json" required aria-describedby="immuno-widgets-check">
						<div id="immuno-widgets-check" aria-live="polite"></div></td>
				</tr>
				<tr>
					<th scope="row"><label for="immuno-widgets-name"><?php esc_html_e( 'Name', 'immuno-widgets' ); ?></label></th>
					<td><input type="text" id="immuno-widgets-name" name="immuno_widgets_name" class="regular-text" required pattern="[A-Za-z0-9 _-]+" aria-describedby="immuno-widgets-name-help">
						<p class="description" id="immuno-widgets-name-help"><?php esc_html_e( 'Used in shortcodes: pack="our-faq". Uploading again with the same name replaces the pack.', 'immuno-widgets' ); ?></p></td>
				</tr>
			</table>
			<div id="immuno-widgets-rendered"></div>
			<?php submit_button( __( 'Upload pack', 'immuno-widgets' ), 'primary', 'submit', true, array( 'disabled' => 'disabled' ) ); ?>
		</form>
	</div>
	<?php
}
