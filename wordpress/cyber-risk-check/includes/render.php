<?php
/**
 * The widget on a page: the <cyber-risk-check> element with the site's configuration inline (a
 * JSON data block, which no Content-Security-Policy blocks), and its script, enqueued only on the
 * pages that use it. The same markup for the shortcode and the block.
 *
 * @package CyberRiskCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the widget's script: the module build from the plugin's own folder, or from the
 * jsDelivr CDN pinned to this version with its integrity hash.
 */
function cyber_risk_check_register_script() {
	$cdn = 'cdn' === cyber_risk_check_settings()['source'];
	$src = $cdn
		? 'https://cdn.jsdelivr.net/npm/cyber-risk-check@' . CYBER_RISK_CHECK_VERSION . '/dist/cyber-risk-check.js'
		: plugins_url( 'assets/cyber-risk-check.js', CYBER_RISK_CHECK_FILE );
	// No ?ver=: the module's parts import the entry by its plain address, and the same file under
	// two addresses would run twice (two copies of the widget's code on one page, which breaks it).
	wp_register_script( 'cyber-risk-check', $src, array(), null, true );
}

add_filter(
	'script_loader_tag',
	static function ( $tag, $handle, $src ) {
		if ( 'cyber-risk-check' !== $handle ) {
			return $tag;
		}
		$integrity = '';
		if ( 0 === strpos( $src, 'https://cdn.jsdelivr.net/' ) ) {
			$hash      = cyber_risk_check_build_info()['integrity']['module'] ?? '';
			$integrity = $hash ? ' integrity="' . esc_attr( $hash ) . '" crossorigin="anonymous"' : '';
		}
		// phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag, as a module.
		return '<script type="module" src="' . esc_url( $src ) . '" id="cyber-risk-check-js"' . $integrity . '></script>' . "\n";
	},
	10,
	3
);

/**
 * The element for one page. Attributes: lang (ja or en; anything else is Japanese), seminar
 * (presenter, attendee, or a yes or no), discount_scheme, instance_id; each escaped.
 *
 * @param array<string, mixed> $options What this page changes.
 */
function cyber_risk_check_markup( array $options ) {
	$attributes = array();
	$lang       = isset( $options['lang'] ) ? (string) $options['lang'] : '';
	if ( '' !== $lang ) {
		$attributes['lang'] = in_array( $lang, array( 'ja', 'en' ), true ) ? $lang : 'ja';
	}
	if ( ! empty( $options['instance_id'] ) ) {
		$attributes['instance-id'] = (string) $options['instance_id'];
	}
	if ( ! empty( $options['discount_scheme'] ) ) {
		$attributes['discount-scheme'] = (string) $options['discount_scheme'];
	}
	$html = '<cyber-risk-check';
	foreach ( $attributes as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	// A presenter's projector, or attendees' phones (the block's switch, or any other yes).
	$seminar = $options['seminar'] ?? false;
	if ( 'presenter' === $seminar ) {
		$html .= ' seminar="presenter"';
	} elseif ( 'attendee' === $seminar || filter_var( $seminar, FILTER_VALIDATE_BOOLEAN ) ) {
		$html .= ' seminar';
	}
	$html  .= '>';
	$config = json_decode( cyber_risk_check_settings()['config'] );
	if ( is_object( $config ) && get_object_vars( $config ) ) {
		// JSON_HEX_TAG writes < and > as \u003C and \u003E: nothing in it can close the <script>.
		$html .= '<script type="application/json">' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) . '</script>';
	}
	wp_enqueue_script( 'cyber-risk-check' );
	return $html . '</cyber-risk-check>';
}

/**
 * [cyber_risk_check lang="en" seminar="true" discount_scheme="…" instance_id="…"]
 *
 * @param array|string $atts The shortcode's attributes.
 */
function cyber_risk_check_shortcode( $atts ) {
	$atts = shortcode_atts(
		array(
			'lang'            => '',
			'seminar'         => '',
			'discount_scheme' => '',
			'instance_id'     => '',
		),
		is_array( $atts ) ? $atts : array(),
		'cyber_risk_check'
	);
	return cyber_risk_check_markup( $atts );
}

/**
 * The block's render callback: the same element, from the block's attributes.
 *
 * @param array<string, mixed> $attributes The block's attributes.
 */
function cyber_risk_check_block( $attributes ) {
	return cyber_risk_check_markup(
		array(
			'lang'            => $attributes['lang'] ?? '',
			'seminar'         => $attributes['seminar'] ?? false,
			'discount_scheme' => $attributes['discountScheme'] ?? '',
			'instance_id'     => $attributes['instanceId'] ?? '',
		)
	);
}

add_action(
	'enqueue_block_editor_assets',
	static function () {
		// The editor's preview (drawn by the server) comes alive with the one-file build.
		wp_enqueue_script( 'cyber-risk-check-preview', plugins_url( 'assets/cyber-risk-check.iife.js', CYBER_RISK_CHECK_FILE ), array(), CYBER_RISK_CHECK_VERSION, true );
	}
);
