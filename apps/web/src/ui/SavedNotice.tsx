/** The polite "done" line after a save, announced to screen readers; nothing until there is one. */
export function SavedNotice({ message }: { message: string | undefined }) {
  if (message === undefined) return null;
  return (
    <p className="notice notice-success" role="status">
      {message}
    </p>
  );
}
