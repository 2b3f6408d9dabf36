/**
 * A message that needs no Atlaskit code, for the moments before (or instead of) a surface loading:
 * start-up failures and render crashes. Styled by `csi-plain-message` in global.css with tokens.
 */
export function PlainMessage({ title, children }: { title: string; children: string }) {
  return (
    <div role="alert" className="csi-plain-message">
      <strong>{title}</strong>
      <p>{children}</p>
    </div>
  );
}
