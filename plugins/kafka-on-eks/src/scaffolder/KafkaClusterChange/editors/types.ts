/** What every change kind's editor gets: its draft and where to send edits. */
export interface EditorProps<D> {
  values: D;
  onChange(values: D): void;
  disabled?: boolean;
}
