<?php
/**
 * Removes what the plugin stored: its one option.
 *
 * @package CyberRiskCheck
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'cyber_risk_check_settings' );
