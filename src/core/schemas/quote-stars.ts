// The star ladder position in a quote request (see quote-request.ts).

export const quoteStarsSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['highest', 'levels'],
  description:
    "Where the company stands on the star ladder from its answers (IPA's SECURITY ACTION ★1/★2, METI's supply-chain scheme ★3/★4): highest is the stars of the highest level met (0: none); each level has its status (noKnownGaps: nothing known to be missing, yet not final, as for a provisional scheme) and the requirements still missing. Absent when the partner hides the ladder.",
  properties: {
    highest: { type: 'integer', minimum: 0, maximum: 5 },
    levels: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['scheme', 'level', 'stars', 'title', 'status', 'provisional', 'missing'],
        properties: {
          scheme: { type: 'string' },
          level: { type: 'string' },
          stars: { type: 'integer', minimum: 1, maximum: 5 },
          title: { type: 'string' },
          status: { enum: ['met', 'noKnownGaps', 'notMet'] },
          provisional: { type: 'boolean' },
          missing: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['id', 'title'],
              properties: { id: { type: 'string' }, title: { type: 'string' } },
            },
          },
        },
      },
    },
  },
} as const;
