import { FrontPage } from '@/components/lists/front-page';

export const revalidate = 3600;

export default function HomePage() {
  return <FrontPage page={1} />;
}
