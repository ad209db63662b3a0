// The partner's theme: colours, corner radius and font (part of the partner configuration's schema).

/** A colour as CSS writes it, in the forms the widget can check for contrast. */
const color = {
  type: 'string',
  pattern: '^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|rgb\\(\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*,\\s*\\d{1,3}\\s*\\))$',
  description: '#rgb, #rrggbb or rgb(r, g, b).',
} as const;

export const themeSchema = {
  title: 'theme',
  type: 'object',
  additionalProperties: false,
  properties: {
    primary: color,
    primaryContrast: color,
    text: color,
    muted: color,
    surface: color,
    subtle: color,
    border: color,
    focus: color,
    error: color,
    radius: {
      type: 'integer',
      minimum: 0,
      maximum: 32,
      description: 'Corner radius in px.',
    },
    fontFamily: {
      type: 'string',
      pattern: '^[A-Za-z0-9 ,"\'\\-\\u3000-\\u9fff]+$',
      maxLength: 200,
    },
  },
} as const;
