/** How the register enters the simulation, and which side of the mitigation is simulated now. */
export function RisksExplainer({ mitigated }: { mitigated: boolean }) {
  return (
    <div className="explainer">
      <p>
        In each simulated project every risk happens or not, with its <strong>probability</strong>.
        When it happens, its <strong>delay</strong> is added to the task it delays, pushing back
        everything after it and billed at that task&apos;s day rate (dedicated people cost more too,
        as the project runs longer), and its <strong>cost impact</strong> is added; a negative delay
        or cost is an opportunity. A <strong>mitigation</strong> is paid for up front and lowers the
        probability to the one after it, so each row compares the risk before and after.
      </p>
      <p className="explainer-mode">
        {mitigated ? (
          <>
            Simulated now: <strong>with mitigations</strong> (their cost included). Switch off
            “Risks mitigated” in the Plan tab’s settings to see the plan without them.
          </>
        ) : (
          <>
            Simulated now: <strong>without mitigations</strong>. Switch on “Risks mitigated” in the
            Plan tab’s settings to simulate with them in place, their cost included.
          </>
        )}
      </p>
    </div>
  );
}
