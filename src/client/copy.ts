/**
 * Copy buttons for the embed code and citations; without JavaScript the text is still there to
 * select by hand. Several components call this on one page, so a button is enabled only once.
 */
export function enableCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-for]:not([data-copy-ready])')) {
    button.dataset.copyReady = '';
    const source = document.getElementById(button.dataset.copyFor ?? '');
    if (!(source instanceof HTMLTextAreaElement) || !navigator.clipboard) continue;
    const label = button.textContent ?? 'Copy';
    button.hidden = false;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.value);
        button.textContent = 'Copied';
      } catch {
        source.select();
        button.textContent = 'Press Ctrl+C to copy';
      }
      setTimeout(() => (button.textContent = label), 2000);
    });
  }
}
