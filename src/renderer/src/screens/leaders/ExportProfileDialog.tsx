import type { ReactNode } from 'react';
import { PROFILE_SECTIONS } from '../../../../shared/domain/exportSections';
import { api, errorMessage } from '../../lib/api';
import { ExportDocxDialog, SectionPicker, useSectionChoice } from '../../ui';

/** Exports a leader's one-page profile to Word with the parts ticked; private ones only when ticked. */
export function ExportProfileDialog({
  leaderId,
  leaderName,
  onClose,
}: {
  leaderId: string;
  leaderName: string;
  onClose: () => void;
}): ReactNode {
  const [sections, toggle] = useSectionChoice(PROFILE_SECTIONS);
  return (
    <ExportDocxDialog
      title={`Export ${leaderName}’s profile`}
      onClose={onClose}
      describeError={errorMessage}
      save={async () => (await api.leaders.exportProfile({ id: leaderId, sections })).path}
    >
      <p className="muted">A one-page Word document with the parts of the profile you tick.</p>
      <SectionPicker
        legend="Put in the document"
        sections={PROFILE_SECTIONS}
        chosen={sections}
        onToggle={toggle}
      />
    </ExportDocxDialog>
  );
}
