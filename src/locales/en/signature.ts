/** The closing line and the sender's name; without a name the closing stands alone, ready for a signature. */
export function signed(closing: string, sender: string | undefined): string {
  return sender === undefined ? closing : `${closing},\n${sender}`;
}
