/** GOV.UK error message: above the field, announced with a visually hidden "Error:". */
export function ErrorMessage({ id, prefix, children }: { id: string; prefix: string; children: string }) {
  return (
    <p id={id} className="error-message">
      <span className="sr-only">{prefix} </span>
      {children}
    </p>
  );
}
