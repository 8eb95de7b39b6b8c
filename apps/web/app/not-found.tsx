
export default function NotFound() {
  return (
    <div className="notice-page">
      <h1>Page not found</h1>
      <p>The story you were looking for does not exist, or has been taken down.</p>
      <p>
        <a href="/">Read the latest news</a>
      </p>
    </div>
  );
}
