// A response body read up to a byte cap: one byte more cancels the transfer, so an oversized or endless
// body is never held in memory. Shared by platform API calls and image fetches; each caller says what
// error an oversized body is (its own error type and wording).
export async function readCappedBody(res: Response, maxBytes: number, tooLarge: () => Error): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}
