namespace ConsultEngine.Definitions.Diagnostics;

/// <summary>
/// The one catalogue of diagnostic codes. Codes are stable: a code is never reused for another
/// meaning; a retired code stays listed. Tests and tools match on codes, never on message text.
/// CE0xxx document, CE1xxx schema, CE2xxx identity and titles, CE3xxx steps and flow,
/// CE4xxx JavaScript rules, CE5xxx durations, CE6xxx overlays, CE7xxx faults of rules while they run.
/// The runtime's command errors and incidents (CE8xxx) are listed in ConsultEngine.Runtime.RuntimeCodes.
/// </summary>
public static class DiagnosticCodes
{
    private const DiagnosticSeverity E = DiagnosticSeverity.Error;
    private const DiagnosticSeverity W = DiagnosticSeverity.Warning;

    // Document
    public static readonly DiagnosticDescriptor DocumentTooLarge = new("CE0001", E, "The document is larger than the limit.");
    public static readonly DiagnosticDescriptor MalformedJson = new("CE0002", E, "The document is not well-formed JSON.");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("CE0003", E, "The document nests objects or arrays too deeply.");
    public static readonly DiagnosticDescriptor DocumentUnreadable = new("CE0004", E, "The document cannot be read.");
    public static readonly DiagnosticDescriptor UnsupportedSchemaVersion = new("CE0005", E, "The schemaVersion is not supported by this engine.");
    public static readonly DiagnosticDescriptor ModelBindingFailed = new("CE0006", E, "The document cannot be read as a definition.");
    public static readonly DiagnosticDescriptor DuplicateJsonProperty = new("CE0007", E, "An object has the same property twice.");
    public static readonly DiagnosticDescriptor DocumentNotObject = new("CE0008", E, "The document is not a JSON object.");

    // Schema
    public static readonly DiagnosticDescriptor SchemaViolation = new("CE1001", E, "The document does not match the schema.");
    public static readonly DiagnosticDescriptor RequiredPropertyMissing = new("CE1002", E, "A required property is missing.");
    public static readonly DiagnosticDescriptor UnknownProperty = new("CE1003", E, "The property is not part of the definition language.");
    public static readonly DiagnosticDescriptor WrongType = new("CE1004", E, "The value has the wrong JSON type.");
    public static readonly DiagnosticDescriptor ValueNotAllowed = new("CE1005", E, "The value is not one of those allowed.");
    public static readonly DiagnosticDescriptor PatternMismatch = new("CE1006", E, "The value does not have the required form.");
    public static readonly DiagnosticDescriptor OutOfRange = new("CE1007", E, "The value or the number of items is out of range.");

    // Identity and titles
    public static readonly DiagnosticDescriptor DuplicatePhaseId = new("CE2001", E, "Two phases have the same id.");
    public static readonly DiagnosticDescriptor DuplicateStepId = new("CE2002", E, "Two steps have the same id.");
    public static readonly DiagnosticDescriptor DuplicateRoleId = new("CE2003", E, "Two roles have the same id.");
    public static readonly DiagnosticDescriptor DuplicateVariableId = new("CE2004", E, "Two variables have the same id.");
    public static readonly DiagnosticDescriptor DuplicateOutcomeId = new("CE2005", E, "A step has two outcomes with the same id.");
    public static readonly DiagnosticDescriptor EmptyPhase = new("CE2006", E, "A phase has no steps.");
    public static readonly DiagnosticDescriptor MissingVietnameseTitle = new("CE2007", E, "A title has no Vietnamese text.");
    public static readonly DiagnosticDescriptor MissingEnglishTitle = new("CE2008", W, "A title has no English text.");
    public static readonly DiagnosticDescriptor DuplicateReportSectionId = new("CE2009", E, "Two report sections have the same id.");
    public static readonly DiagnosticDescriptor NoPhases = new("CE2010", E, "The definition has no phases.");

    // Steps and flow
    public static readonly DiagnosticDescriptor UnknownStepType = new("CE3001", E, "The step type is not registered.");
    public static readonly DiagnosticDescriptor UnsupportedStepTypeVersion = new("CE3002", E, "The step type is registered, but not in this major version.");
    public static readonly DiagnosticDescriptor UnknownRole = new("CE3003", E, "The role is not declared in the definition.");
    public static readonly DiagnosticDescriptor UnknownAfterStep = new("CE3004", E, "'after' names a step that does not exist.");
    public static readonly DiagnosticDescriptor UnknownRouteTarget = new("CE3005", E, "An outcome routes to a step that does not exist.");
    public static readonly DiagnosticDescriptor UnknownForm = new("CE3006", E, "The step names a form that does not exist.");
    public static readonly DiagnosticDescriptor RoleRequired = new("CE3007", E, "A step performed by people needs a role.");
    public static readonly DiagnosticDescriptor UnreachableStep = new("CE3008", E, "The step can never run.");
    public static readonly DiagnosticDescriptor DependencyCycle = new("CE3009", E, "Steps wait for each other in a cycle and can never start.");
    public static readonly DiagnosticDescriptor LoopWithoutExit = new("CE3010", E, "Outcome routes form a loop with no way out.");
    public static readonly DiagnosticDescriptor AfterSelf = new("CE3011", E, "A step waits for itself.");
    public static readonly DiagnosticDescriptor InvalidStepConfig = new("CE3012", E, "The step's config does not match its type's config schema.");
    public static readonly DiagnosticDescriptor OutcomesNotSupported = new("CE3013", E, "The step type completes without an outcome, so it cannot declare outcomes.");
    public static readonly DiagnosticDescriptor RouteOnlyWithAfter = new("CE3014", E, "A route-only step cannot also wait on 'after'.");
    public static readonly DiagnosticDescriptor AfterLaterPhase = new("CE3015", E, "'after' names a step of a later phase.");
    public static readonly DiagnosticDescriptor ReportSourceUnknown = new("CE3016", E, "A report section names a step that does not exist.");
    public static readonly DiagnosticDescriptor AfterRouteOnly = new("CE3017", E, "'after' names a route-only step, which may never run.");
    public static readonly DiagnosticDescriptor RouteLeavesPhase = new("CE3018", E, "An outcome routes to a step of another phase.");
    public static readonly DiagnosticDescriptor MissingOutcomes = new("CE3019", W, "An approval or decision declares no outcomes.");
    public static readonly DiagnosticDescriptor InvalidFormSchema = new("CE3020", E, "A form's schema is not a valid JSON Schema.");
    public static readonly DiagnosticDescriptor MalformedStepType = new("CE3021", E, "The step type is not written as name, name@major or tool:name@major.");
    public static readonly DiagnosticDescriptor DuplicateAfter = new("CE3022", W, "'after' names the same step twice.");

    // JavaScript rules
    public static readonly DiagnosticDescriptor ScriptSyntaxError = new("CE4001", E, "The JavaScript does not parse.");
    public static readonly DiagnosticDescriptor UnknownRule = new("CE4002", E, "A script refers to a rule that does not exist.");
    public static readonly DiagnosticDescriptor UnusedRule = new("CE4003", W, "The rule is never used.");
    public static readonly DiagnosticDescriptor UnknownStepInScript = new("CE4004", E, "A script refers to a step that does not exist.");
    public static readonly DiagnosticDescriptor EmptyScript = new("CE4005", E, "The script is empty.");
    public static readonly DiagnosticDescriptor InvalidRuleName = new("CE4006", E, "A rule name must be a JavaScript identifier.");

    // Durations
    public static readonly DiagnosticDescriptor InvalidDuration = new("CE5001", E, "The value is not an ISO 8601 duration.");
    public static readonly DiagnosticDescriptor ZeroDuration = new("CE5002", W, "The duration is zero.");

    // Overlays
    public static readonly DiagnosticDescriptor BaseDefinitionNotFound = new("CE6001", E, "The definition the overlay extends is not available.");
    public static readonly DiagnosticDescriptor PatchUnknownStep = new("CE6002", E, "A patch targets a step that does not exist.");
    public static readonly DiagnosticDescriptor PatchUnknownRule = new("CE6003", E, "A patch targets a rule that does not exist.");
    public static readonly DiagnosticDescriptor PatchStepExists = new("CE6004", E, "A patch adds a step whose id is already used.");
    public static readonly DiagnosticDescriptor PatchRoleExists = new("CE6005", E, "A patch adds a role that already exists.");
    public static readonly DiagnosticDescriptor PatchRuleExists = new("CE6006", E, "A patch adds a rule that already exists.");
    public static readonly DiagnosticDescriptor PatchAnchorInvalid = new("CE6007", E, "An add-step patch needs exactly one of 'before' and 'after'.");
    public static readonly DiagnosticDescriptor PatchLeavesDanglingRoute = new("CE6008", E, "Removing the step leaves an outcome routing to it.");
    public static readonly DiagnosticDescriptor PatchInvalidField = new("CE6009", E, "An update-step patch sets a field a step does not have, or a value of the wrong type.");
    public static readonly DiagnosticDescriptor PatchFormExists = new("CE6010", E, "A patch adds a form that already exists.");
    public static readonly DiagnosticDescriptor PatchVariableExists = new("CE6011", E, "A patch adds a variable that already exists.");
    public static readonly DiagnosticDescriptor PatchConfigNotObject = new("CE6012", E, "A set-config patch targets a step without an object config, or is not an object.");
    public static readonly DiagnosticDescriptor ResolvedDefinitionInvalid = new("CE6013", E, "The definition the overlay resolves to is not valid.");
    public static readonly DiagnosticDescriptor PatchChangesId = new("CE6014", E, "An update-step patch cannot change a step's id.");

    // Rule faults (runtime)
    public static readonly DiagnosticDescriptor RuleTimeout = new("CE7001", E, "A JavaScript rule ran longer than its time limit.");
    public static readonly DiagnosticDescriptor RuleStatementLimit = new("CE7002", E, "A JavaScript rule executed more statements than its limit.");
    public static readonly DiagnosticDescriptor RuleMemoryLimit = new("CE7003", E, "A JavaScript rule allocated more memory, or built a longer string or array, than its limit.");
    public static readonly DiagnosticDescriptor RuleRecursionLimit = new("CE7004", E, "A JavaScript rule nested calls deeper than its recursion or stack limit.");
    public static readonly DiagnosticDescriptor RuleRegexTimeout = new("CE7005", E, "A regular expression in a JavaScript rule ran longer than its time limit.");
    public static readonly DiagnosticDescriptor RuleScriptThrew = new("CE7006", E, "A JavaScript rule threw an exception.");
    public static readonly DiagnosticDescriptor RuleSandboxViolation = new("CE7007", E, "A JavaScript rule tried to change read-only state or to reach the host.");
    public static readonly DiagnosticDescriptor RuleResultNotJson = new("CE7008", E, "A JavaScript rule returned a value that is not JSON.");
    public static readonly DiagnosticDescriptor RuleCycle = new("CE7009", E, "JavaScript rules use each other in a cycle.");
    public static readonly DiagnosticDescriptor RuleUnknownScript = new("CE7010", E, "No rule, guard or check of that name exists in the definition.");

    /// <summary>Every descriptor of the catalogue, in code order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToArray();
}
