// Saving text as a file the owner keeps: the quote request, the draft security policy.

/**
 * Saves `text` as a file named `name`, through a temporary link placed at `where` (inside the
 * widget's shadow root, so the host page's click handlers do not see it).
 */
export function downloadFile(text: string, type: string, name: string, where: Element): void {
  const blob = new Blob([text], { type });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  where.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Plain text as Windows' Notepad and mail clients read it: UTF-8 with a byte order mark. */
export function downloadPlainText(text: string, name: string, where: Element): void {
  downloadFile(`\uFEFF${text}`, 'text/plain;charset=utf-8', name, where);
}
