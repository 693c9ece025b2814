/**
 * The yearly sequence inside an outgoing letter number `<class. code>/<sequence>/BKD/<year>`:
 * letters are registered in the order of their sequence, which sorting the text would not give
 * (the classification code comes first). 0 for a number of another shape, which then sorts first.
 */
export function letterSequenceOf(letterNumber: string): number {
  const match = /\/(\d+)\/[^/]+\/\d{4}$/.exec(letterNumber);
  return match ? Number(match[1]) : 0;
}
