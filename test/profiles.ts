// Companies the tests meet more than once, by what they are.

/** The 3億 retailer with a web shop taking cards who met a results page 12 screens tall (issue #27). */
export const webShopRetailer = {
  industry: 'retail',
  revenue: 300_000_000,
  employees: 30,
  pcs: 25,
  servers: 1,
  records: 20_000,
  website: 'yes',
  webShop: 'yes',
  onlineCards: 'yes',
  chamberMember: 'yes',
} as const;
