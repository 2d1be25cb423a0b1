import {
  builtinPresets,
  inputsSchema,
  roleIds,
  roleNames,
  seniorities,
  usdTo,
  type Project,
  type TeamRole,
} from '../../engine/index.ts';
import { currentScenario, updateScenario } from '../state/edit-project.ts';
import { useFathom, useFathomStore } from '../state/use-fathom.ts';
import { CellInput } from './CellInput.tsx';

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d+)?$/;

function toNumber(text: string): number | undefined {
  const plain = GROUPED.test(text.trim()) ? text.trim().replace(/,/g, '') : text.trim();
  const n = Number(plain);
  return plain === '' || !Number.isFinite(n) ? undefined : n;
}

/** The team as an editable table: role, headcount, seniority, allocation, day rate, engagement. */
export function TeamEditor() {
  const store = useFathomStore();
  const scenarioId = useFathom((s) => s.scenarioId);
  const team = useFathom((s) => currentScenario(s.project, scenarioId).inputs.team);
  const currency = useFathom((s) => s.project.meta.currency);

  /** Validates the team with the project schema; commits only a valid team. */
  const commit = (roles: TeamRole[]): string | undefined => {
    const state = store.getState();
    const scenario = currentScenario(state.project, state.scenarioId);
    const parsed = inputsSchema.safeParse({
      ...scenario.inputs,
      team: { ...scenario.inputs.team, roles },
    });
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'not valid';
    state.edit((project: Project) =>
      updateScenario(project, state.scenarioId, (s) => ({ ...s, inputs: parsed.data })),
    );
    return undefined;
  };
  const change = (index: number, patch: Partial<TeamRole>) =>
    commit(team.roles.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  const numberCell = (index: number, key: 'count' | 'allocation' | 'dayRate', text: string) => {
    const value = toNumber(text);
    if (value === undefined) return `"${text}" is not a number`;
    return change(index, { [key]: key === 'allocation' ? value / 100 : value });
  };
  const rateCard = (role: TeamRole['role'], seniority: TeamRole['seniority']) => {
    const presets = builtinPresets();
    return Math.round(
      presets.rateCards.regions[team.region].roles[role][seniority].value *
        usdTo(presets, currency),
    );
  };

  return (
    <div className="team-editor">
      <table>
        <caption className="visually-hidden">Team</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">People</th>
            <th scope="col">Seniority</th>
            <th scope="col">Time on project</th>
            <th scope="col">Day rate ({currency})</th>
            <th scope="col">Paid</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {team.roles.map((member, i) => {
            const row = `${roleNames[member.role]} ${i + 1}`;
            return (
              <tr key={i}>
                <td>
                  <select
                    aria-label={`Role of ${row}`}
                    value={member.role}
                    onChange={(e) => change(i, { role: e.target.value as TeamRole['role'] })}
                  >
                    {roleIds.map((r) => (
                      <option key={r} value={r}>
                        {roleNames[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <CellInput
                    label={`People, ${row}`}
                    value={String(member.count)}
                    width="4em"
                    onCommit={(t) => numberCell(i, 'count', t)}
                  />
                </td>
                <td>
                  <select
                    aria-label={`Seniority of ${row}`}
                    value={member.seniority}
                    onChange={(e) =>
                      change(i, { seniority: e.target.value as TeamRole['seniority'] })
                    }
                  >
                    {seniorities.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <CellInput
                    label={`Time on project in %, ${row}`}
                    value={String(Math.round(member.allocation * 100))}
                    width="4em"
                    onCommit={(t) => numberCell(i, 'allocation', t)}
                  />
                  <span className="unit">%</span>
                </td>
                <td>
                  <CellInput
                    label={`Day rate, ${row}`}
                    value={String(member.dayRate)}
                    width="6em"
                    onCommit={(t) => numberCell(i, 'dayRate', t)}
                  />
                  <button
                    type="button"
                    className="link-button small"
                    title={`Rate card (${team.region}): ${rateCard(member.role, member.seniority)} — presets/rate-cards.json`}
                    onClick={() => change(i, { dayRate: rateCard(member.role, member.seniority) })}
                  >
                    rate card
                  </button>
                </td>
                <td>
                  <select
                    aria-label={`How ${row} is paid`}
                    value={member.engagement}
                    onChange={(e) =>
                      change(i, { engagement: e.target.value as TeamRole['engagement'] })
                    }
                  >
                    <option value="dedicated">Dedicated (paid for the whole span)</option>
                    <option value="on-demand">On demand (paid for effort)</option>
                  </select>
                </td>
                <td>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Remove ${row}`}
                    onClick={() => commit(team.roles.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          commit([
            ...team.roles,
            {
              role: 'ml-engineer',
              count: 1,
              seniority: 'mid',
              allocation: 1,
              dayRate: rateCard('ml-engineer', 'mid'),
              engagement: 'dedicated',
            },
          ])
        }
      >
        Add a role
      </button>
      <p className="field-help">
        Dedicated people are paid from their first task to launch, so a slipping schedule raises
        their cost; on-demand people are paid for the days they work. Day rates are loaded (salary,
        benefits, overhead); the rate card button fills the {team.region} rate from
        presets/rate-cards.json.
      </p>
    </div>
  );
}
