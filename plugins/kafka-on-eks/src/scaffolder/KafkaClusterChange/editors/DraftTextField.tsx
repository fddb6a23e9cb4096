import TextField, { type TextFieldProps } from '@material-ui/core/TextField';
import { createContext, useContext } from 'react';

/** The form field's id, which each input's id starts with. */
export const FieldIdContext = createContext('kafka-cluster-change');

/** A TextField with an id from its label, so the label names its input. */
export function DraftTextField(props: TextFieldProps) {
  const prefix = useContext(FieldIdContext);
  const suffix = String(props.label ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return <TextField id={`${prefix}_${suffix}`} {...props} />;
}
