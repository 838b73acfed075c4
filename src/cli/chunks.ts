/**
 * Text written in pieces (the json of a folder run, the --cache file), gathered into chunks of about `size`
 * characters: a run of many small pieces is not many small writes. A piece that long already is passed on as it is:
 * joined to others it would be copied once more when written.
 */
export function* inChunks(pieces: Iterable<string>, size: number): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    if (piece.length >= size) {
      if (chunk !== '') yield chunk;
      chunk = '';
      yield piece;
      continue;
    }
    chunk += piece;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk !== '') yield chunk;
}
