import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { KnownArticle } from '../types';

const ALL = 'all';

type ArticleFilterProps = {
  articles: KnownArticle[];
  value: string | undefined;
  onChange: (documentId: string | undefined) => void;
};

/** Narrows the queue to one story; a story given in the URL is offered even before it is seen. */
export const ArticleFilter = ({ articles, value, onChange }: ArticleFilterProps) => {
  const options = value && !articles.some(({ documentId }) => documentId === value) ? [...articles, { documentId: value, title: `Story ${value}` }] : articles;
  return (
    <Field.Root name="article" id="moderation-article-filter" width="32rem">
      <Field.Label>Story</Field.Label>
      <SingleSelect
        value={value ?? ALL}
        onChange={(next) => onChange(next === ALL ? undefined : String(next))}
        onClear={value ? () => onChange(undefined) : undefined}
        clearLabel="Show comments on every story"
        size="S"
      >
        <SingleSelectOption value={ALL}>All stories</SingleSelectOption>
        {options.map(({ documentId, title }) => (
          <SingleSelectOption key={documentId} value={documentId}>
            {title}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
};
