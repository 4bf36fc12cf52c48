import type { ReactNode } from 'react';
import { AGENDA_SECTIONS } from '../../../../shared/domain/exportSections';
import { api, errorMessage } from '../../lib/api';
import { ExportDocxDialog, SectionPicker, useSectionChoice } from '../../ui';

/** Saves the agenda as .docx with the parts ticked; notes are private until ticked. */
export function ExportAgendaDialog({
  meetingId,
  onClose,
}: {
  meetingId: string;
  onClose: () => void;
}): ReactNode {
  const [sections, toggle] = useSectionChoice(AGENDA_SECTIONS);
  return (
    <ExportDocxDialog
      title="Export the agenda"
      onClose={onClose}
      describeError={errorMessage}
      save={async () => (await api.meetings.exportAgenda({ meetingId, sections })).path}
    >
      <p className="muted">A Word document of the 1:1, with the parts you tick.</p>
      <SectionPicker
        legend="Put in the document"
        sections={AGENDA_SECTIONS}
        chosen={sections}
        onToggle={toggle}
      />
    </ExportDocxDialog>
  );
}
