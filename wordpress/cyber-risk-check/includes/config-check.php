<?php
/**
 * The partner configuration checked as the widget checks it: against the widget's own JSON
 * Schema (partner-config.schema.json, copied here by the build), then the rules the schema cannot
 * say (a webhook must use https; ids must name content the widget has, from build-info.json).
 * Only the keywords that schema uses are implemented.
 *
 * @package CyberRiskCheck
 */

defined( 'ABSPATH' ) || exit;

/**
 * The build's facts about the widget: version, integrity hashes, content ids.
 *
 * @return array<string, mixed>
 */
function cyber_risk_check_build_info() {
	static $info = null;
	if ( null === $info ) {
		$text = file_get_contents( dirname( __DIR__ ) . '/build-info.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
		$info = is_string( $text ) ? json_decode( $text, true ) : null;
		if ( ! is_array( $info ) ) {
			$info = array();
		}
	}
	return $info;
}

/**
 * Problems with a configuration (decoded with objects as stdClass), each as "path: what is wrong".
 *
 * @param mixed $config The decoded configuration.
 * @return string[]
 */
function cyber_risk_check_config_problems( $config ) {
	$text   = file_get_contents( __DIR__ . '/partner-config.schema.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin's own.
	$schema = is_string( $text ) ? json_decode( $text ) : null;
	if ( ! is_object( $schema ) ) {
		return array( __( 'The plugin is incomplete: its configuration schema is missing.', 'cyber-risk-check' ) );
	}
	$problems = cyber_risk_check_schema_problems( $config, $schema, $schema, '$' );
	if ( $problems ) {
		return $problems;
	}
	return cyber_risk_check_rule_problems( $config );
}

/**
 * What the schema cannot say: https webhooks, and ids of content the widget knows.
 *
 * @param object $config A configuration that passed the schema.
 * @return string[]
 */
function cyber_risk_check_rule_problems( $config ) {
	$problems = array();
	$ids      = cyber_risk_check_build_info()['contentIds'] ?? array();
	$known    = array(
		'discountScheme' => $ids['discountSchemes'] ?? array(),
		'rateTable'      => $ids['rateTables'] ?? array(),
		'coverage'       => $ids['coverage'] ?? array(),
	);
	foreach ( $known as $key => $list ) {
		if ( isset( $config->$key ) && is_string( $config->$key ) && ! in_array( $config->$key, $list, true ) ) {
			/* translators: 1: where in the settings, 2: the unknown value, 3: the known values */
			$problems[] = sprintf( __( '%1$s: "%2$s" is not one of %3$s', 'cyber-risk-check' ), '$.' . $key, $config->$key, implode( ', ', $list ) );
		}
	}
	foreach ( $config->scenarios ?? array() as $i => $scenario ) {
		if ( ! in_array( $scenario, $ids['scenarios'] ?? array(), true ) ) {
			/* translators: 1: where in the settings, 2: the unknown value, 3: the known values */
			$problems[] = sprintf( __( '%1$s: "%2$s" is not one of %3$s', 'cyber-risk-check' ), '$.scenarios[' . $i . ']', $scenario, implode( ', ', $ids['scenarios'] ?? array() ) );
		}
	}
	foreach ( $config->quote->channels ?? array() as $i => $channel ) {
		if ( 'webhook' === $channel->type && ! preg_match( '#^(https://|/(?!/)|http://(localhost|127\.0\.0\.1|\[::1\])[:/])#', $channel->url ) ) {
			/* translators: %s: where in the settings */
			$problems[] = sprintf( __( '%s: a webhook must use https, or quote requests could be read on the way', 'cyber-risk-check' ), '$.quote.channels[' . $i . '].url' );
		}
	}
	return $problems;
}

/**
 * Problems with a value against a JSON Schema (draft 2020-12, the keywords the widget's schema uses).
 *
 * @param mixed  $value  The value.
 * @param object $schema Its schema.
 * @param object $root   The whole schema, for $ref.
 * @param string $path   Where the value is, as JSONPath.
 * @return string[]
 */
function cyber_risk_check_schema_problems( $value, $schema, $root, $path ) {
	if ( isset( $schema->{'$ref'} ) ) {
		$name   = substr( $schema->{'$ref'}, strlen( '#/$defs/' ) );
		$schema = $root->{'$defs'}->$name;
	}
	if ( isset( $schema->anyOf ) ) {
		foreach ( $schema->anyOf as $option ) {
			if ( ! cyber_risk_check_schema_problems( $value, $option, $root, $path ) ) {
				return array();
			}
		}
		/* translators: %s: where in the settings */
		return array( sprintf( __( '%s: does not have any of the allowed forms', 'cyber-risk-check' ), $path ) );
	}
	if ( isset( $schema->const ) && $value !== $schema->const ) {
		/* translators: 1: where in the settings, 2: the expected value */
		return array( sprintf( __( '%1$s: must be %2$s', 'cyber-risk-check' ), $path, wp_json_encode( $schema->const ) ) );
	}
	if ( isset( $schema->enum ) && ! in_array( $value, $schema->enum, true ) ) {
		/* translators: 1: where in the settings, 2: the allowed values */
		return array( sprintf( __( '%1$s: must be one of %2$s', 'cyber-risk-check' ), $path, implode( ', ', array_map( 'wp_json_encode', $schema->enum ) ) ) );
	}
	if ( isset( $schema->type ) && ! cyber_risk_check_has_type( $value, $schema->type ) ) {
		/* translators: 1: where in the settings, 2: the expected type (object, string…) */
		return array( sprintf( __( '%1$s: must be of type %2$s', 'cyber-risk-check' ), $path, $schema->type ) );
	}
	if ( is_object( $value ) ) {
		return cyber_risk_check_object_problems( $value, $schema, $root, $path );
	}
	if ( is_array( $value ) ) {
		return cyber_risk_check_list_problems( $value, $schema, $root, $path );
	}
	if ( is_string( $value ) ) {
		return cyber_risk_check_text_problems( $value, $schema, $path );
	}
	$too_small = isset( $schema->minimum ) && $value < $schema->minimum;
	$too_big   = isset( $schema->maximum ) && $value > $schema->maximum;
	if ( is_int( $value ) && ( $too_small || $too_big ) ) {
		/* translators: 1: where in the settings, 2: lowest, 3: highest */
		return array( sprintf( __( '%1$s: must be from %2$s to %3$s', 'cyber-risk-check' ), $path, $schema->minimum ?? '-', $schema->maximum ?? '-' ) );
	}
	return array();
}

/**
 * Whether a decoded JSON value has a JSON Schema type.
 *
 * @param mixed  $value The value.
 * @param string $type  The type's name.
 */
function cyber_risk_check_has_type( $value, $type ) {
	switch ( $type ) {
		case 'object':
			return is_object( $value );
		case 'array':
			return is_array( $value );
		case 'string':
			return is_string( $value );
		case 'integer':
			return is_int( $value );
		case 'number':
			return is_int( $value ) || is_float( $value );
		case 'boolean':
			return is_bool( $value );
		case 'null':
			return null === $value;
	}
	return false;
}

/**
 * An object's problems: required and unknown keys, then each property.
 *
 * @param object $value  The object.
 * @param object $schema Its schema.
 * @param object $root   The whole schema.
 * @param string $path   Where it is.
 * @return string[]
 */
function cyber_risk_check_object_problems( $value, $schema, $root, $path ) {
	$problems = array();
	foreach ( $schema->required ?? array() as $key ) {
		if ( ! property_exists( $value, $key ) ) {
			/* translators: %s: where in the settings */
			$problems[] = sprintf( __( '%s: is required', 'cyber-risk-check' ), $path . '.' . $key );
		}
	}
	foreach ( get_object_vars( $value ) as $key => $child ) {
		$where = $path . '.' . $key;
		if ( isset( $schema->properties->$key ) ) {
			$problems = array_merge( $problems, cyber_risk_check_schema_problems( $child, $schema->properties->$key, $root, $where ) );
		} elseif ( isset( $schema->additionalProperties ) && false === $schema->additionalProperties ) {
			/* translators: %s: where in the settings */
			$problems[] = sprintf( __( '%s: is not a setting the widget knows', 'cyber-risk-check' ), $where );
		} elseif ( isset( $schema->additionalProperties ) && is_object( $schema->additionalProperties ) ) {
			$problems = array_merge( $problems, cyber_risk_check_schema_problems( $child, $schema->additionalProperties, $root, $where ) );
		}
	}
	return $problems;
}

/**
 * A list's problems: its length, repeats, then each item.
 *
 * @param array  $value  The list.
 * @param object $schema Its schema.
 * @param object $root   The whole schema.
 * @param string $path   Where it is.
 * @return string[]
 */
function cyber_risk_check_list_problems( $value, $schema, $root, $path ) {
	if ( isset( $schema->maxItems ) && count( $value ) > $schema->maxItems ) {
		/* translators: 1: where in the settings, 2: the most items */
		return array( sprintf( __( '%1$s: at most %2$d items', 'cyber-risk-check' ), $path, $schema->maxItems ) );
	}
	if ( ! empty( $schema->uniqueItems ) && count( array_unique( array_map( 'wp_json_encode', $value ) ) ) !== count( $value ) ) {
		/* translators: %s: where in the settings */
		return array( sprintf( __( '%s: an item is repeated', 'cyber-risk-check' ), $path ) );
	}
	$problems = array();
	foreach ( $value as $i => $item ) {
		if ( isset( $schema->items ) ) {
			$problems = array_merge( $problems, cyber_risk_check_schema_problems( $item, $schema->items, $root, $path . '[' . $i . ']' ) );
		}
	}
	return $problems;
}

/**
 * A text's problems: its length (in characters) and its pattern.
 *
 * @param string $value  The text.
 * @param object $schema Its schema.
 * @param string $path   Where it is.
 * @return string[]
 */
function cyber_risk_check_text_problems( $value, $schema, $path ) {
	$length = function_exists( 'mb_strlen' ) ? mb_strlen( $value, 'UTF-8' ) : strlen( $value );
	if ( ( isset( $schema->minLength ) && $length < $schema->minLength ) || ( isset( $schema->maxLength ) && $length > $schema->maxLength ) ) {
		/* translators: 1: where in the settings, 2: fewest characters, 3: most characters */
		return array( sprintf( __( '%1$s: must be %2$d to %3$d characters long', 'cyber-risk-check' ), $path, $schema->minLength ?? 0, $schema->maxLength ?? PHP_INT_MAX ) );
	}
	// The schema's patterns are ECMAScript; PCRE writes \uXXXX as \x{XXXX}.
	if ( isset( $schema->pattern ) && ! preg_match( '~' . str_replace( '~', '\~', preg_replace( '/\\\\u([0-9a-fA-F]{4})/', '\\x{$1}', $schema->pattern ) ) . '~u', $value ) ) {
		/* translators: %s: where in the settings */
		return array( sprintf( __( '%s: does not have the expected form', 'cyber-risk-check' ), $path ) );
	}
	return array();
}
