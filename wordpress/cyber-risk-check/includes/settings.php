<?php
/**
 * Settings → Cyber Risk Check: the partner configuration (pasted from the configurator, which
 * ships with the plugin) and where the widget's scripts come from. Saved through the Settings API
 * (options.php checks the nonce and manage_options); a configuration that does not pass is refused
 * with its problems, and the previous one kept.
 *
 * @package CyberRiskCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * The saved settings, with defaults: the configuration as JSON text, and the scripts' source.
 *
 * @return array{config: string, source: string}
 */
function cyber_risk_check_settings() {
	$saved = get_option( CYBER_RISK_CHECK_OPTION, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'config' => isset( $saved['config'] ) && is_string( $saved['config'] ) ? $saved['config'] : '{}',
		'source' => isset( $saved['source'] ) && 'cdn' === $saved['source'] ? 'cdn' : 'local',
	);
}

add_action(
	'admin_init',
	static function () {
		register_setting(
			'cyber_risk_check',
			CYBER_RISK_CHECK_OPTION,
			array(
				'type'              => 'array',
				'sanitize_callback' => 'cyber_risk_check_sanitize_settings',
				'default'           => array(
					'config' => '{}',
					'source' => 'local',
				),
			)
		);
	}
);

add_action(
	'admin_menu',
	static function () {
		add_options_page(
			__( 'Cyber Risk Check', 'cyber-risk-check' ),
			__( 'Cyber Risk Check', 'cyber-risk-check' ),
			'manage_options',
			'cyber-risk-check',
			'cyber_risk_check_settings_page'
		);
	}
);

/**
 * The settings as sent, checked: a configuration with problems is refused, with each problem
 * shown, and the saved settings stay as they were.
 *
 * @param mixed $input What the form sent.
 * @return array{config: string, source: string}
 */
function cyber_risk_check_sanitize_settings( $input ) {
	$previous = cyber_risk_check_settings();
	if ( ! current_user_can( 'manage_options' ) || ! is_array( $input ) ) {
		return $previous;
	}
	$source = isset( $input['source'] ) && 'cdn' === $input['source'] ? 'cdn' : 'local';
	$text   = isset( $input['config'] ) && is_string( $input['config'] ) ? trim( $input['config'] ) : '';
	if ( '' === $text ) {
		$text = '{}';
	}
	$config = json_decode( $text );
	if ( ! is_object( $config ) ) {
		/* translators: %s: the JSON parser's message */
		$reason = null === $config && JSON_ERROR_NONE !== json_last_error() ? sprintf( __( 'It is not valid JSON (%s).', 'cyber-risk-check' ), json_last_error_msg() ) : __( 'It must be a JSON object, in { }.', 'cyber-risk-check' );
		add_settings_error( CYBER_RISK_CHECK_OPTION, 'invalid-json', esc_html( __( 'The settings were not saved: the configuration cannot be read.', 'cyber-risk-check' ) . ' ' . $reason ) );
		return $previous;
	}
	$problems = cyber_risk_check_config_problems( $config );
	if ( $problems ) {
		add_settings_error( CYBER_RISK_CHECK_OPTION, 'invalid-config', esc_html__( 'The settings were not saved. Fix these and save again:', 'cyber-risk-check' ) );
		foreach ( $problems as $i => $problem ) {
			add_settings_error( CYBER_RISK_CHECK_OPTION, 'invalid-config-' . $i, esc_html( cyber_risk_check_named_problem( $problem ) ) );
		}
		return $previous;
	}
	return array(
		'config' => wp_json_encode( $config, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRETTY_PRINT ),
		'source' => $source,
	);
}

/**
 * A problem with the name the configurator gives its setting in front ("Id — $.partner.id: …"),
 * for staff who never saw the JSON's keys.
 *
 * @param string $problem A problem as "path: what is wrong".
 */
function cyber_risk_check_named_problem( $problem ) {
	$names = array(
		'$.partner.name'             => __( 'Organisation name', 'cyber-risk-check' ),
		'$.partner.id'               => __( 'Short id', 'cyber-risk-check' ),
		'$.partner.logoUrl'          => __( 'Logo image URL', 'cyber-risk-check' ),
		'$.partner.privacyPolicyUrl' => __( 'Privacy policy URL', 'cyber-risk-check' ),
		'$.partner.contact'          => __( 'Contact details', 'cyber-risk-check' ),
		'$.theme'                    => __( 'Colours and design', 'cyber-risk-check' ),
		'$.quote'                    => __( 'Where quote requests go', 'cyber-risk-check' ),
		'$.discountScheme'           => __( 'Discount scheme', 'cyber-risk-check' ),
		'$.rateTable'                => __( 'Premium examples', 'cyber-risk-check' ),
		'$.coverage'                 => __( 'Insurance plans shown', 'cyber-risk-check' ),
		'$.scenarios'                => __( 'Incident examples shown', 'cyber-risk-check' ),
		'$.seminar'                  => __( 'Seminars', 'cyber-risk-check' ),
	);
	foreach ( $names as $path => $name ) {
		if ( 0 === strpos( $problem, $path ) ) {
			return $name . ' — ' . $problem;
		}
	}
	return $problem;
}

/**
 * The settings page.
 */
function cyber_risk_check_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings     = cyber_risk_check_settings();
	$configurator = plugins_url( 'assets/configure.html', CYBER_RISK_CHECK_FILE );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Cyber Risk Check', 'cyber-risk-check' ); ?></h1>
		<p>
			<?php esc_html_e( 'Make the settings with the configurator (a form with a live preview), copy what its WordPress tab shows, and paste it below. Then add the Cyber Risk Check block, or the [cyber_risk_check] shortcode, to any page or post.', 'cyber-risk-check' ); ?>
			<a href="<?php echo esc_url( $configurator ); ?>" target="_blank" rel="noopener"><?php esc_html_e( 'Open the configurator', 'cyber-risk-check' ); ?></a>
		</p>
		<form action="options.php" method="post">
			<?php settings_fields( 'cyber_risk_check' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="cyber-risk-check-config"><?php esc_html_e( 'Settings (JSON from the configurator)', 'cyber-risk-check' ); ?></label></th>
					<td>
						<textarea id="cyber-risk-check-config" name="<?php echo esc_attr( CYBER_RISK_CHECK_OPTION ); ?>[config]" rows="16" class="large-text code" spellcheck="false" aria-describedby="cyber-risk-check-config-help"><?php echo esc_textarea( $settings['config'] ); ?></textarea>
						<p class="description" id="cyber-risk-check-config-help"><?php esc_html_e( 'Checked when you save: settings with a mistake are not saved, and each mistake is listed.', 'cyber-risk-check' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><?php esc_html_e( 'Where the scripts come from', 'cyber-risk-check' ); ?></th>
					<td>
						<fieldset>
							<legend class="screen-reader-text"><?php esc_html_e( 'Where the scripts come from', 'cyber-risk-check' ); ?></legend>
							<label><input type="radio" name="<?php echo esc_attr( CYBER_RISK_CHECK_OPTION ); ?>[source]" value="local" <?php checked( 'local', $settings['source'] ); ?>> <?php esc_html_e( 'This site (recommended: no outside script)', 'cyber-risk-check' ); ?></label><br>
							<label><input type="radio" name="<?php echo esc_attr( CYBER_RISK_CHECK_OPTION ); ?>[source]" value="cdn" <?php checked( 'cdn', $settings['source'] ); ?>> <?php esc_html_e( 'The jsDelivr CDN, pinned to this version with its integrity hash', 'cyber-risk-check' ); ?></label>
						</fieldset>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
