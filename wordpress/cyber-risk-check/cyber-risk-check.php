<?php
/**
 * Plugin Name:       Cyber Risk Check
 * Plugin URI:        https://www.npmjs.com/package/cyber-risk-check
 * Description:       A cyber-risk self-check for small businesses: security check, insurance discount tier, likely loss, quote request. Add it with the block or the [cyber_risk_check] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            cyber-risk-check
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cyber-risk-check
 * Domain Path:       /languages
 *
 * @package CyberRiskCheck
 */

defined( 'ABSPATH' ) || exit;

define( 'CYBER_RISK_CHECK_VERSION', '0.1.0' );
define( 'CYBER_RISK_CHECK_FILE', __FILE__ );
define( 'CYBER_RISK_CHECK_OPTION', 'cyber_risk_check_settings' );

require_once __DIR__ . '/includes/config-check.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/render.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'cyber-risk-check', false, dirname( plugin_basename( CYBER_RISK_CHECK_FILE ) ) . '/languages' );
		cyber_risk_check_register_script();
		add_shortcode( 'cyber_risk_check', 'cyber_risk_check_shortcode' );
		register_block_type( __DIR__ . '/block', array( 'render_callback' => 'cyber_risk_check_block' ) );
		// The block editor's strings, from the plugin's own languages folder.
		wp_set_script_translations( 'cyber-risk-check-check-editor-script', 'cyber-risk-check', __DIR__ . '/languages' );
	}
);
