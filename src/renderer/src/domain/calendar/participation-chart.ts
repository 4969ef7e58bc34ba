import type { ChartSpec } from '../charts/chart-spec'
import { participantColors } from '../meaning-colors'
import { memberTypeLabels } from '../members/member-type'
import { participantCountLabels, type ParticipantCounts } from './attendance'
import { nonMembersLabel, type ParticipationReport } from './participation'

/**
 * Participants by member type, the four groups side by side, and the
 * participants from no member organisation as a group of their own after the
 * member types; groups nobody came from are left out.
 */
export function participationByMemberTypeChart(report: ParticipationReport): ChartSpec {
  const rows: { label: string; sums: ParticipantCounts & { total: number } }[] = [
    ...report.byMemberType.map((r) => ({ label: memberTypeLabels[r.type], sums: r.sums })),
    { label: nonMembersLabel, sums: report.nonMembers }
  ].filter((r) => r.sums.total > 0)
  return {
    kind: 'bar',
    title: `Antal deltagare per typ av verksamhet ${report.from}–${report.to}`,
    categories: rows.map((r) => r.label),
    series: [
      {
        name: participantCountLabels.women,
        values: rows.map((r) => r.sums.women),
        color: participantColors.women.strong
      },
      { name: participantCountLabels.men, values: rows.map((r) => r.sums.men), color: participantColors.men.strong },
      {
        name: participantCountLabels.nonBinary,
        values: rows.map((r) => r.sums.nonBinary),
        color: participantColors.nonBinary.strong
      },
      {
        name: participantCountLabels.unknown,
        values: rows.map((r) => r.sums.unknown),
        color: participantColors.unknown.strong
      }
    ]
  }
}
