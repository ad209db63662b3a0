// Who asks for a quote: the contact details the owner typed and the company facts from the check
// (part of the quote request's schema, src/core/schemas/quote-request.ts).

export const quoteContactSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['companyName', 'contactName', 'email', 'prefecture', 'preferredMethod'],
  properties: {
    companyName: {
      type: 'string',
      minLength: 1,
    },
    contactName: {
      type: 'string',
      minLength: 1,
    },
    email: {
      type: 'string',
      pattern: '^[^\\s@]+@[^\\s@]+$',
    },
    phone: {
      type: 'string',
      pattern: '^0\\d{9,10}$',
    },
    postcode: {
      type: 'string',
      pattern: '^\\d{3}-\\d{4}$',
    },
    prefecture: {
      type: 'string',
      pattern: '^(0[1-9]|[1-3]\\d|4[0-7])$',
      description: 'JIS prefecture code, 01 (Hokkaido) to 47 (Okinawa).',
    },
    preferredMethod: {
      enum: ['email', 'phone', 'either'],
    },
    preferredTime: {
      enum: ['morning', 'afternoon', 'evening', 'any'],
    },
    message: {
      type: 'string',
      maxLength: 4000,
    },
  },
} as const;

export const quoteCompanySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['industry', 'revenue'],
  properties: {
    industry: {
      type: 'string',
      minLength: 1,
    },
    revenue: {
      type: 'number',
      exclusiveMinimum: 0,
    },
    fiscalYearEndMonth: {
      type: 'integer',
      minimum: 1,
      maximum: 12,
    },
    employees: {
      type: 'integer',
      minimum: 0,
    },
    chamberMember: {
      type: 'boolean',
    },
    pastIncidents: {
      enum: ['none', 'yes', 'unknown'],
    },
  },
} as const;
