// Saves an export the user asked for as a file download (no `downloads` permission needed: an
// anchor with a blob URL inside the extension page).
export function saveFile(file: { filename: string; mime: string; content: string }): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
