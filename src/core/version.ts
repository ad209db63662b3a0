/** This build's version, from package.json. */
export const version: string = __CRC_VERSION__;
