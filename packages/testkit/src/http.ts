/** A JSON response, typed by the caller (tests know the shape they expect; they assert on it). */
export const fetchJson = async <T>(url: string, init?: RequestInit): Promise<T> => (await fetch(url, init)).json() as Promise<T>;

/** The first published article's document id: what most tests comment on. */
export const firstArticleId = async (cmsUrl: string): Promise<string> => {
  const { data } = await fetchJson<{ data: Array<{ documentId: string }> }>(`${cmsUrl}/api/articles?fields[0]=slug`);
  const id = data[0]?.documentId;
  if (!id) throw new Error('No published article');
  return id;
};
