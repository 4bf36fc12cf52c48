import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Archive, ArchiveRestore, ArrowLeft, FileDown } from 'lucide-react';
import {
  LEADER_LISTS,
  MICROMANAGEMENT_LABELS,
  Micromanagement,
  RELATIONSHIP_LABELS,
  Relationship,
  type Leader,
  type LeaderListKey,
  type LeaderPatch,
} from '../../../../shared/domain/leader';
import { RichEditor, SaveIndicator, appMentions, useAutosave } from '../../editor';
import { api, errorMessage, useApiData } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { Link, useRoute } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { Alert, Badge, Button, Card, SentenceField, Spinner, TextField, useToast } from '../../ui';
import { Select } from '../../ui/Select';
import { ExportProfileDialog } from './ExportProfileDialog';
import { KeepInTouchCard } from './KeepInTouchCard';
import { ProfileList } from './ProfileList';
import { leaderSlots } from './profileSlots';
import { initials, routeQuery } from './query';
import { DateField } from '../../ui/DateField';

const RELATIONSHIPS = Relationship.options.map((r) => ({
  value: r,
  label: RELATIONSHIP_LABELS[r],
}));
const OVERSIGHT = Micromanagement.options.map((m) => ({
  value: m,
  label: MICROMANAGEMENT_LABELS[m],
}));
const OVERSIGHT_TIP: Record<Micromanagement, string> = {
  none: '',
  passion:
    'They care about the work itself: share progress early, invite their ideas, and let them see the details they love.',
  control:
    'They need to feel in control: over-communicate, answer questions before they are asked, and propose a small trial of autonomy.',
};

/** What gets saved: every editable field, leaving out what cannot be stored yet (a blank name, blank items). */
function toPatch(l: Leader): LeaderPatch {
  const lists = Object.fromEntries(
    LEADER_LISTS.map(({ key }) => [
      key,
      l.lists[key].filter((i) => i.text.trim()).map((i) => ({ ...i, text: i.text.trim() })),
    ]),
  ) as Record<LeaderListKey, Leader['lists'][LeaderListKey]>;
  return {
    ...(l.name.trim() ? { name: l.name } : {}),
    role: l.role,
    relationship: l.relationship,
    since: l.since,
    micromanagement: l.micromanagement,
    communication: l.communication,
    lists,
    notes: l.notes,
    keepInTouch: l.keepInTouch,
  };
}

/** One leader's profile: everything the practices ask to know, edited in place and saved as you type. */
export function LeaderProfile({ id }: { id: string }): ReactNode {
  const { path, navigate } = useRoute();
  const settings = useSettings();
  const toast = useToast();
  const { data, error } = useApiData(() => api.leaders.get({ id }), [id]);
  const [leader, setLeader] = useState<Leader | null>(null);
  const autosave = useAutosave<LeaderPatch>((patch) => api.leaders.update({ id, patch }));
  const exporting = routeQuery(path).has('export');

  useEffect(() => {
    if (data) setLeader((cur) => cur ?? data);
  }, [data]);

  const flushSaves = autosave.flush;
  /** Archives or brings back the leader, after writing any pending change. */
  const setArchived = useCallback(
    async (archived: boolean, name: string): Promise<void> => {
      try {
        await flushSaves();
        const next = archived
          ? await api.leaders.archive({ id })
          : await api.leaders.unarchive({ id });
        setLeader((cur) => cur && { ...cur, archived: next.archived });
        toast(
          archived
            ? `${name} is archived. Find them under “Show archived”.`
            : `${name} is active again.`,
        );
      } catch (e) {
        toast(errorMessage(e), 'error');
      }
    },
    [flushSaves, id, toast],
  );

  // "Archive or unarchive this leader" from the command palette.
  const archiveRequested = routeQuery(path).has('archive');
  const loaded = leader !== null;
  useEffect(() => {
    if (!archiveRequested || !leader) return;
    navigate(`/leaders/${id}`);
    void setArchived(!leader.archived, leader.name);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [archiveRequested, loaded]);

  if (error) {
    return (
      <div className="page">
        <Link to="/leaders" className="leaders-back">
          <ArrowLeft size={14} aria-hidden="true" /> Leaders
        </Link>
        <Alert tone="danger">{error}</Alert>
      </div>
    );
  }
  if (!leader) {
    return (
      <div className="page">
        <Spinner label="Loading profile" />
      </div>
    );
  }

  const edit = (next: Leader): void => {
    setLeader(next);
    autosave.schedule(toPatch(next));
  };
  const setList = (key: LeaderListKey, items: Leader['lists'][LeaderListKey]): void =>
    edit({ ...leader, lists: { ...leader.lists, [key]: items } });
  const name = leader.name.trim() || 'This leader';
  const def = (key: LeaderListKey) => LEADER_LISTS.find((l) => l.key === key) ?? LEADER_LISTS[0];
  const list = (key: LeaderListKey, children?: ReactNode): ReactNode => (
    <ProfileList def={def(key)} items={leader.lists[key]} onChange={(items) => setList(key, items)}>
      {children}
    </ProfileList>
  );
  const c = leader.communication;
  const setComm = (patch: Partial<Leader['communication']>): void =>
    edit({ ...leader, communication: { ...c, ...patch } });

  return (
    <div className="page leaders-profile">
      <Link to="/leaders" className="leaders-back">
        <ArrowLeft size={14} aria-hidden="true" /> Leaders
      </Link>
      <header className="page-header leaders-profile-header">
        <span className="leaders-avatar leaders-avatar-lg" aria-hidden="true">
          {initials(leader.name)}
        </span>
        <div>
          <h1>{name}</h1>
          <p className="subtitle row wrap">
            <span>
              {[leader.role, RELATIONSHIP_LABELS[leader.relationship]].filter(Boolean).join(' · ')}
            </span>
            {leader.since && (
              <span className="faint">since {formatDate(leader.since, settings.dateFormat)}</span>
            )}
            {leader.archived && <Badge>Archived</Badge>}
          </p>
        </div>
        <div className="spacer" />
        <div className="row wrap">
          <SaveIndicator state={autosave.state} error={autosave.error} />
          <Button icon={<FileDown size={15} />} onClick={() => navigate(`/leaders/${id}?export`)}>
            Export
          </Button>
          {leader.archived ? (
            <Button
              icon={<ArchiveRestore size={15} />}
              onClick={() => void setArchived(false, name)}
            >
              Unarchive
            </Button>
          ) : (
            <Button icon={<Archive size={15} />} onClick={() => void setArchived(true, name)}>
              Archive
            </Button>
          )}
        </div>
      </header>

      <section className="leaders-glance" aria-label="At a glance">
        {leaderSlots.map((slot) => (
          <Card
            key={slot.id}
            className="leaders-slot"
            title={
              <span className="row">
                {slot.icon}
                {slot.title}
              </span>
            }
          >
            <slot.Content leaderId={id} leaderName={name} />
          </Card>
        ))}
      </section>

      <Card title="About">
        <div className="leaders-about">
          <TextField
            label="Name"
            value={leader.name}
            maxLength={500}
            error={
              leader.name.trim()
                ? null
                : 'A leader needs a name; the last one is kept until you type one.'
            }
            onChange={(e) => edit({ ...leader, name: e.target.value })}
          />
          <TextField
            label="Role"
            value={leader.role}
            maxLength={500}
            placeholder="e.g. VP Engineering"
            onChange={(e) => edit({ ...leader, role: e.target.value })}
          />
          <Select
            label="Relationship"
            value={leader.relationship}
            options={RELATIONSHIPS}
            onValueChange={(v) => edit({ ...leader, relationship: v as Relationship })}
          />
          <DateField
            label="Working together since"
            value={leader.since ?? ''}
            onChange={(d) => edit({ ...leader, since: d || null })}
          />
        </div>
      </Card>

      <KeepInTouchCard
        name={name}
        value={leader.keepInTouch}
        onChange={(keepInTouch) => edit({ ...leader, keepInTouch })}
      />

      <div className="leaders-lists">
        {list('vision')}
        {list('success')}
        {list(
          'style',
          <div className="leaders-inline-field">
            <Select
              label="How closely they manage"
              value={leader.micromanagement}
              options={OVERSIGHT}
              onValueChange={(v) => edit({ ...leader, micromanagement: v as Micromanagement })}
            />
            {OVERSIGHT_TIP[leader.micromanagement] && (
              <p className="leaders-tip">{OVERSIGHT_TIP[leader.micromanagement]}</p>
            )}
          </div>,
        )}
        {list(
          'communication',
          <div className="leaders-comm">
            <SentenceField
              label="Preferred channel"
              placeholder="e.g. Slack, email, in person"
              value={c.channel}
              onChange={(e) => setComm({ channel: e.target.value })}
            />
            <SentenceField
              label="Cadence"
              placeholder="e.g. a weekly written update"
              value={c.cadence}
              onChange={(e) => setComm({ cadence: e.target.value })}
            />
            <SentenceField
              label="Level of detail"
              placeholder="e.g. headline first, details on request"
              value={c.detail}
              onChange={(e) => setComm({ detail: e.target.value })}
            />
            <SentenceField
              label="Best time"
              placeholder="e.g. mornings before 10"
              value={c.bestTime}
              onChange={(e) => setComm({ bestTime: e.target.value })}
            />
          </div>,
        )}
        {list('strengths')}
        {list('weaknesses')}
        {list('worries')}
        {list('peeves')}
        {list('trustSignals')}
      </div>

      <Card title="Notes" className="leaders-notes">
        <RichEditor
          label={`Notes about ${name}`}
          placeholder="Anything else worth rereading before a 1:1. Type @ to mention someone."
          value={leader.notes}
          mentionSource={appMentions}
          onChange={(notes) => edit({ ...leader, notes })}
        />
      </Card>

      {exporting && (
        <ExportProfileDialog
          leaderId={id}
          leaderName={name}
          onClose={() => navigate(`/leaders/${id}`)}
        />
      )}
    </div>
  );
}
