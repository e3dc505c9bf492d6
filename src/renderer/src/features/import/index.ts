export {
  ImportDialogProvider,
  useImportDialog,
  useOptionalImportDialog,
  type ImportDialogApi,
} from './ImportDialogProvider';
export { EditSourceDetailsButton } from './EditSourceDetailsButton';
