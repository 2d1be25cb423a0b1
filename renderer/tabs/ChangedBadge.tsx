type Props = {
  /** What changed, e.g. "Effort of Clean, join and de-duplicate customer records". */
  what: string;
};

/** Marks a value the user changed from the template's, visibly and for screen readers. */
export function ChangedBadge({ what }: Props) {
  return (
    <span className="badge badge-changed" role="note" aria-label={`${what} changed`}>
      changed
    </span>
  );
}
