/**
 * Hands text to the person as a file download. The data comes over the studio's own WebSocket
 * (the host token never travels in a URL), so the page makes the file itself.
 */
export function downloadTextFile(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download by now; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
