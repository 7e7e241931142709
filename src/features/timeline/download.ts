/** Saves text as a file made on the device (no network): a Blob link clicked once, then released. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
