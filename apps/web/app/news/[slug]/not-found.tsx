
export default function StoryNotFound() {
  return (
    <div className="notice-page">
      <p className="kicker">Error 404</p>
      <h1>Story not found</h1>
      <p>This story does not exist, or it has been taken down. The address may also have a typo.</p>
      <p>
        <a href="/">Read the latest news</a>
      </p>
    </div>
  );
}
