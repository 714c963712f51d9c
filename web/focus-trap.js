// Keeps Tab and Shift+Tab going round a modal dialog's controls, never out of
// it. `root` is where the focused element is read: the document, or the
// shadow root of the in-page panel (embed/inpage.js).
export function trapFocus(dialog, root = document) {
  dialog.addEventListener('keydown', (e) => {
    if (e.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll('input, select, textarea, button')].filter(
      (el) => !el.disabled && el.offsetParent !== null,
    );
    if (!controls.length) return;
    const i = controls.indexOf(root.activeElement);
    const next = e.shiftKey ? (i <= 0 ? controls.length - 1 : i - 1) : i === controls.length - 1 ? 0 : i + 1;
    e.preventDefault();
    controls[next].focus();
  });
}
