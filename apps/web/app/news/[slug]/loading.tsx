export default function StoryLoading() {
  return (
    <div className="story story--loading" aria-busy="true" aria-live="polite">
      <p className="visually-hidden">Loading the story…</p>
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line skeleton--short" />
    </div>
  );
}
