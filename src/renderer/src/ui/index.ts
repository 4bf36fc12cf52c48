export { Button, IconButton } from './Button';
export { Field, TextField, TextArea, Select, Checkbox } from './Field';
export { PageHeader, EmptyState, Card, Badge, Alert, Spinner } from './Layout';
export { Dialog } from './Dialog';
export { ToastProvider, useToast } from './Toast';
export { ExportDocxDialog } from './ExportDocxDialog';
export { SectionPicker, useSectionChoice } from './SectionPicker';
export { useSavedFileToast } from './useSavedFileToast';
export { TableScroll } from './TableScroll';
