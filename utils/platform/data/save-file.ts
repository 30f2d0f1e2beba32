/** How long a download's object URL stays valid (ms); some browsers start the download after `click()` returns. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers text to the person as a downloaded file (the export's JSON or one of its CSVs). Nothing
 * leaves the browser: the file is made from an in-memory blob.
 */
export function saveTextFile(name: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
