using System.Globalization;

namespace ConsultEngine;

/// <summary>
/// The register of code ranges: every <c>CE####</c> code of the engine, the host and the plugins falls in
/// exactly one block, owned by one catalogue. A new catalogue takes a free block here first (a test checks
/// every code against this register: in its owner's block, unique, with its texts).
/// </summary>
public static class CodeRanges
{
    /// <summary>The owner of the block any plugin outside this repository's own may use.</summary>
    public const string AnyPlugin = "*plugin";

    private const string Diagnostics = "ConsultEngine.Definitions.Diagnostics.DiagnosticCodes";
    private const string Survey = "ConsultEngine.Plugins.Survey.SurveyCodes";

    /// <summary>Every block, in code order. Gaps are free.</summary>
    public static IReadOnlyList<CodeRange> All { get; } =
    [
        new(1, 999, Diagnostics, "the definition document (size, JSON, nesting, schema version)", FailureKind.Invalid),
        new(1000, 1999, Diagnostics, "the definition's schema", FailureKind.Invalid),
        new(2000, 2999, Diagnostics, "identity and titles", FailureKind.Invalid),
        new(3000, 3499, Diagnostics, "steps and flow", FailureKind.Invalid),
        new(3500, 3599, "ConsultEngine.Definitions.Editing.EditCodes", "the designer's edit commands", FailureKind.Invalid),
        new(3600, 3699, "ConsultEngine.Web.Designer.DesignerCodes", "the designer's library (save, publish, import)", FailureKind.Invalid),
        new(4000, 4999, Diagnostics, "JavaScript rules", FailureKind.Invalid),
        new(5000, 5999, Diagnostics, "durations", FailureKind.Invalid),
        new(6000, 6999, Diagnostics, "overlays", FailureKind.Invalid),
        new(7000, 7999, Diagnostics, "faults of rules while they run (the definition's, not the host's)", FailureKind.Invalid),
        new(8000, 8029, "ConsultEngine.Runtime.RuntimeCodes", "the runtime's commands and incidents", FailureKind.Invalid),
        new(8030, 8049, "ConsultEngine.Web.StaffConsole.Prefill.PrefillCodes", "the console's prefilled forms", FailureKind.NotFound),
        new(8050, 8069, "ConsultEngine.Runtime.Reliability.ReliabilityCodes", "reliability: outbox retries and dead letters, isolated timers, the ingestion writer's back-pressure", FailureKind.Unavailable),
        new(8070, 8079, "ConsultEngine.Hosting.Notifications.NotificationCodes", "notifications delivered by the real outbox senders (email)", FailureKind.Unavailable),
        new(8080, 8089, "ConsultEngine.Hosting.Notifications.NotificationCodes", "notifications through the SMS/Zalo gateway", FailureKind.Unavailable),
        new(8090, 8099, "ConsultEngine.Runtime.Storage.StorageCodes", "the database as the engine and readiness see it (full, unreachable, not migrated)", FailureKind.Unavailable),
        new(8100, 8119, "ConsultEngine.Runtime.Assignments.AssignmentCodes", "tool step assignments journaled by the engine", FailureKind.Invalid),
        new(8120, 8139, "ConsultEngine.Hosting.Startup.EngineStartupCodes", "the engine's start (stores opened, definitions seeded)", FailureKind.Unavailable),
        new(8140, 8159, "ConsultEngine.Runtime.Journal.JournalCodes", "the journal's tamper evidence (keyed chain, audit, exported head)", FailureKind.Conflict),
        new(8160, 8179, "ConsultEngine.Hosting.Verification.VerificationCodes", "verified participation: one-time codes asked, proved and delivered", FailureKind.Invalid),
        new(8180, 8189, "ConsultEngine.Web.Identity.TwoFactorCodes", "two-factor sign-in (authenticator) of administrators and the Standing Committee", FailureKind.Forbidden),
        new(8200, 8219, "ConsultEngine.Persistence.Administrative.AdministrativeCodes", "provinces and their communes (the 2025 two-tier local government)", FailureKind.Invalid),
        new(8220, 8239, "ConsultEngine.Web.Portal.Privacy.PrivacyCodes", "personal data (Decree 13/2023/NĐ-CP): consent on public forms, exports with personal data", FailureKind.Invalid),
        new(8240, 8259, "ConsultEngine.Hosting.Privacy.ErasureCodes", "personal data kept as Decree 13/2023 asks: retention, erasure keeping the aggregates, a person's deletion", FailureKind.Invalid),
        new(8320, 8359, "ConsultEngine.Persistence.Providers.DatabaseCodes", "the database choice: provider, connection string, stores not yet on the chosen provider", FailureKind.Unavailable),
        new(8380, 8389, "ConsultEngine.Web.Hosting.WebDatabaseCodes", "the web host on a database several nodes share (keys every node must hold alike)", FailureKind.Invalid),
        new(8400, 8419, "ConsultEngine.Web.Tenancy.TenancyCodes", "provinces as tenants: another province's definitions, province codes", FailureKind.Forbidden),
        new(8460, 8469, "ConsultEngine.Hosting.Cluster.ClusterCodes", "a node on a database several nodes share: its name and its claim leases", FailureKind.Invalid),
        new(8500, 8599, "ConsultEngine.Persistence.Definitions.DefinitionStoreCodes", "the definition store", FailureKind.Invalid),
        new(8600, 8609, "ConsultEngine.Testing.Guided.GuidedRunCodes", "guided runs (simulation, definition tests)", FailureKind.Invalid),
        new(8610, 8629, "ConsultEngine.Testing.Folders.HarnessCodes", "snapshot tests of a folder of definitions (consult test)", FailureKind.Invalid),
        new(8700, 8729, "ConsultEngine.Persistence.Registers.RegisterCodes", "the explanation and recommendation registers", FailureKind.Invalid),
        new(8730, 8749, "ConsultEngine.Persistence.Feedback.FeedbackCodes", "feedback to the people who took part", FailureKind.Invalid),
        new(8750, 8799, "ConsultEngine.Persistence.Codebooks.CodebookCodes", "the consultation codebook", FailureKind.Invalid),
        new(8800, 8899, "ConsultEngine.Hosting.Demo.DemoCodes", "the demo data", FailureKind.Conflict),
        new(8900, 8909, "ConsultEngine.Reporting.ReportCodes", "report generation", FailureKind.Invalid),
        new(8910, 8999, "ConsultEngine.Persistence.Reports.ReportVersionCodes", "report versions and review", FailureKind.Invalid),
        new(9000, 9099, "ConsultEngine.Abstractions.ToolCodes", "plugin loading", FailureKind.Fault),
        new(9100, 9199, "ConsultEngine.Abstractions.ToolCodes", "the tool contract", FailureKind.Invalid),
        new(9200, 9299, Survey, "the survey tool", FailureKind.Invalid),
        new(9300, 9399, "ConsultEngine.Plugins.OnlinePoll.OnlinePollCodes", "the online poll tool", FailureKind.Invalid),
        new(9400, 9499, "ConsultEngine.Plugins.PublicHearing.PublicHearingCodes", "the public hearing tool", FailureKind.Invalid),
        new(9500, 9599, "ConsultEngine.Plugins.FocusGroup.FocusGroupCodes", "the focus group tool", FailureKind.Invalid),
        new(9600, 9699, Survey, "XLSForm import (the survey tool)", FailureKind.Invalid),
        new(9700, 9749, "ConsultEngine.Plugins.DraftComments.DraftCommentCodes", "the draft comments tool", FailureKind.Invalid),
        new(9750, 9899, AnyPlugin, "any other plugin (a province's or a contractor's own tool)", FailureKind.Invalid),
        new(9900, 9929, "ConsultEngine.Web.Api.WebErrorCodes", "the web host's foundation (sign-in, access, limits)", FailureKind.Fault),
        new(9930, 9939, "ConsultEngine.Web.Designer.Simulation.SimulationCodes", "the designer's simulation", FailureKind.Invalid),
        new(9940, 9949, "ConsultEngine.Web.StaffConsole.ConsoleCodes", "the staff console", FailureKind.Invalid),
        new(9950, 9979, "ConsultEngine.Web.Portal.PortalCodes", "the public portal", FailureKind.Invalid),
        new(9980, 9984, "ConsultEngine.Web.Api.WebErrorCodes", "the web host's foundation: credentials presented to any endpoint", FailureKind.Fault),
        new(9985, 9989, "ConsultEngine.Web.Api.WebErrorCodes", "the web host's edge limits (public body size, field caps)", FailureKind.Invalid),
        new(9990, 9999, "ConsultEngine.Web.Identity.AccessCodes", "access beyond roles: organisations, passwords, accounts", FailureKind.Forbidden),
    ];

    /// <summary>The block of <paramref name="code"/>, or <c>null</c> when it is not a code (<c>CE####</c>) or falls in no block.</summary>
    public static CodeRange? Find(string code)
    {
        var number = Number(code);
        return number is null ? null : All.FirstOrDefault(r => r.Contains(number.Value));
    }

    /// <summary>The number of a code (<c>CE8002</c> → 8002), or <c>null</c> when it is not one.</summary>
    public static int? Number(string code) =>
        code is ['C', 'E', _, _, _, _] && int.TryParse(code.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
