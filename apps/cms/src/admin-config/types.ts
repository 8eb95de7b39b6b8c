/** How one field appears in the Content Manager: its label, help text, and whether it can be edited. */
export type FieldConfig = {
  label: string;
  /** One line under the field in the edit view, for anything the label does not make obvious. */
  description?: string;
  placeholder?: string;
  /** Shown read-only: filled in by the CMS, not by people. */
  readOnly?: boolean;
  /** The column heading in the list view, when it differs from the label. */
  listLabel?: string;
};

/** A field's place in the edit view: its name and width, out of a row of 12. */
export type EditField = [name: string, size: number];

export type ListSettings = {
  mainField?: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
  pageSize?: number;
  searchable?: boolean;
  filterable?: boolean;
  bulkable?: boolean;
};

/** The admin's view of one content type or component, in the newsroom's words. */
export type AdminConfig = {
  uid: string;
  kind: 'contentType' | 'component';
  settings?: ListSettings;
  /** Every attribute of the schema: a test checks none is left with its raw name. */
  fields: Record<string, FieldConfig>;
  /** The list view's columns, in order. */
  list?: string[];
  /** The edit view, row by row; fields left out are not shown there. */
  edit: EditField[][];
};
