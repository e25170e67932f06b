<?php
/**
 * The WordPress test's hands inside WordPress, run with the PHP command line:
 *   php site.php <command> '<json arguments>'
 * Prints one JSON object. Commands:
 *   install  {url, password, theme}  wp_install(), then Editor, Author and Contributor users
 *   theme    {theme}                 switch_theme()
 *   plugin   {active}                activate or deactivate immuno-widgets
 *   post     {user, title, content}  wp_insert_post() as that user (kses applies as in the editor)
 *   get      {id}                    the stored post_content
 */

$command = $argv[1] ?? '';
$args    = json_decode( $argv[2] ?? '{}', true );

// Debian's wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php.
$_SERVER['WORDPRESS_CONFIG'] = 'immunotest';
$_SERVER['HTTP_HOST']        = parse_url( getenv( 'IMMUNO_WP_URL' ), PHP_URL_HOST ) . ':' . parse_url( getenv( 'IMMUNO_WP_URL' ), PHP_URL_PORT );
$_SERVER['REQUEST_URI']      = '/';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require '/usr/share/wordpress/wp-load.php';

function out( $value ) {
	echo wp_json_encode( $value ), "\n";
	exit( 0 );
}
function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( 'St Elsewhere Hospital', 'admin', 'admin@example.org', false, '', $args['password'] );
		$ids    = array( 'administrator' => $result['user_id'] );
		foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
			$id = wp_insert_user(
				array(
					'user_login' => $role,
					'user_pass'  => $args['password'],
					'user_email' => $role . '@example.org',
					'role'       => $role,
				)
			);
			if ( is_wp_error( $id ) ) {
				fail( $id->get_error_message() );
			}
			$ids[ $role ] = $id;
		}
		update_option( 'permalink_structure', '' );
		foreach ( $ids as $id ) {
			// No "welcome to the block editor" guide over the test's clicks.
			update_user_meta( $id, 'show_welcome_panel', 0 );
		}
		switch_theme( $args['theme'] );
		out( array( 'users' => $ids ) );
	case 'theme':
		switch_theme( $args['theme'] );
		out( array( 'theme' => get_stylesheet() ) );
	case 'plugin':
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
		$file = 'immuno-widgets/immuno-widgets.php';
		if ( $args['active'] ) {
			$result = activate_plugin( $file );
			if ( is_wp_error( $result ) ) {
				fail( $result->get_error_message() );
			}
		} else {
			deactivate_plugins( $file );
		}
		out( array( 'active' => is_plugin_active( $file ) ) );
	case 'post':
		$user = get_user_by( 'login', $args['user'] );
		if ( ! $user ) {
			fail( 'no user ' . $args['user'] );
		}
		// As in the editor: the current user decides whether kses filters the content.
		wp_set_current_user( $user->ID );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $args['title'],
					'post_content' => $args['content'],
					'post_status'  => 'publish',
					'post_type'    => $args['type'] ?? 'post',
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fail( $id->get_error_message() );
		}
		out(
			array(
				'id'       => $id,
				'url'      => get_permalink( $id ),
				'stored'   => get_post( $id )->post_content,
				'filtered' => ! current_user_can( 'unfiltered_html' ),
			)
		);
	case 'get':
		out( array( 'stored' => get_post( (int) $args['id'] )->post_content ) );
	default:
		fail( 'unknown command ' . $command );
}
