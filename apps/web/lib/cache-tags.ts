/** The tag names live in @derna/contracts, so the CMS's revalidation calls and the site cannot drift. */
export { cacheTags } from '@derna/contracts';
