// The fragment key of a shared link (#crc=…), apart from the codec: a page can tell it has a shared
// link without loading the decoder.

export const SHARE_KEY = 'crc';

export function hasShareFragment(hash: string): boolean {
  return hash.includes(`${SHARE_KEY}=`);
}
