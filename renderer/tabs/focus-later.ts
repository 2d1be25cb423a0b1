/** Moves focus to the element with this id after React has rendered the change that made it. */
export function focusLater(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A stable DOM id for a control of a row (ids may hold "." which is fine in ids). */
export function controlId(kind: string, id: string): string {
  return `${kind}-${id}`;
}

/** Moves focus to the control with this accessible label, after the render that made it. */
export function focusByLabel(label: string): void {
  requestAnimationFrame(() => {
    const controls = document.querySelectorAll<HTMLElement>('[aria-label]');
    for (const control of controls) {
      if (control.getAttribute('aria-label') === label) {
        control.focus();
        return;
      }
    }
  });
}
