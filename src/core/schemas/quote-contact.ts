// Who asks for a quote: the contact details the owner typed and the company facts from the check
// (part of the quote request's schema, src/core/schemas/quote-request.ts).

/** A share of revenue: none, under 10%, 10–50%, over 50%. */
const revenueShare = { enum: ['none', 'under10', '10to50', 'over50'] } as const;

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
    contactKana: {
      type: 'string',
      pattern: '^[\\u30a1-\\u30f6\\u30fc\\u30fb ]+$',
      description: 'The contact name in katakana (フリガナ), when given.',
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
    address: {
      type: 'string',
      maxLength: 200,
      description: 'City, street and building, after the prefecture.',
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
      description: 'The industry chosen in the check (an option of the profile question industry).',
    },
    jsic: {
      type: 'object',
      additionalProperties: false,
      required: ['code', 'name', 'division'],
      description: 'The group of the Japan Standard Industrial Classification (中分類) the owner chose, when given.',
      properties: {
        code: {
          type: 'string',
          pattern: '^\\d{2}$',
        },
        name: {
          type: 'string',
          minLength: 1,
          description: 'Code and name in the agent language: "76 飲食店".',
        },
        division: {
          type: 'string',
          pattern: '^[A-Z]$',
        },
      },
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
      description: 'A cyber incident in the past five years.',
    },
    legalForm: {
      enum: ['kabushiki', 'godo', 'yugen', 'otherCorp', 'sole'],
      description: '株式会社, 合同会社, 有限会社, another corporation, or a sole proprietor (個人事業主).',
    },
    overseas: {
      type: 'object',
      additionalProperties: false,
      required: ['share', 'regions'],
      description: 'Share of revenue from abroad, and from where.',
      properties: {
        share: revenueShare,
        regions: {
          type: 'array',
          uniqueItems: true,
          items: { enum: ['northAmerica', 'europe', 'asia', 'other'] },
        },
      },
    },
    itRevenueShare: {
      ...revenueShare,
      description: 'Share of revenue from IT work for others (development, maintenance, hosting).',
    },
  },
} as const;
