<?php
/**
 * What the block's editor script needs from WordPress (no build step: it uses the globals).
 *
 * @package CyberRiskCheck
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '0.1.0',
);
