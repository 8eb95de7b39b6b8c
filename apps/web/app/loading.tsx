export default function Loading() {
  return (
    <div className="notice-page" aria-busy="true" aria-live="polite">
      <p>Loading the latest news…</p>
    </div>
  );
}
