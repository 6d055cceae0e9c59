using System.Text.Json;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Documents;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Validation;

/// <summary>
/// Checks a definition or overlay document and reports every problem at once, each with a code, a
/// severity, a JSON Pointer and a line and column. Untrusted input never makes it throw: malformed,
/// huge or deeply nested documents get coded diagnostics.
/// </summary>
public sealed class DefinitionValidator(IStepTypeRegistry stepTypes, IDefinitionCatalog? catalog = null)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public ValidationResult ValidateFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bag = new DiagnosticBag(path, null);
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > DocumentLimits.MaxDocumentBytes)
            {
                bag.Add(DiagnosticCodes.DocumentTooLarge, string.Empty, $"The document is {info.Length:N0} bytes; the limit is {DocumentLimits.MaxDocumentBytes:N0}.");
                return new ValidationResult(path, bag.Sorted());
            }

            return ValidateUtf8(File.ReadAllBytes(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            bag.Add(DiagnosticCodes.DocumentUnreadable, string.Empty, $"The file cannot be read: {ex.Message}");
            return new ValidationResult(path, bag.Sorted());
        }
    }

    public ValidationResult ValidateText(string json, string? file = null) =>
        ValidateUtf8(System.Text.Encoding.UTF8.GetBytes(json ?? throw new ArgumentNullException(nameof(json))), file);

    public ValidationResult ValidateUtf8(byte[] utf8, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(utf8);
        var bag = new DiagnosticBag(file, null);
        if (utf8.LongLength > DocumentLimits.MaxDocumentBytes)
        {
            bag.Add(DiagnosticCodes.DocumentTooLarge, string.Empty, $"The document is {utf8.LongLength:N0} bytes; the limit is {DocumentLimits.MaxDocumentBytes:N0}.");
            return new ValidationResult(file, bag.Sorted());
        }

        if (utf8.AsSpan().StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        var map = JsonPositionMap.Build(utf8, DocumentLimits.MaxNesting);
        bag = new DiagnosticBag(file, map);
        foreach (var (descriptor, message, pointer, position) in map.Problems)
        {
            bag.Add(descriptor, pointer, message, position);
        }

        if (map.Problems.Any(p => p.Descriptor != DiagnosticCodes.DuplicateJsonProperty))
        {
            return new ValidationResult(file, bag.Sorted());
        }

        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxNesting + 8 });
        return ValidateDocument(document.RootElement, file, bag);
    }

    /// <summary>Checks a definition already in memory (the designer's model); positions are unknown, pointers are exact.</summary>
    public IReadOnlyList<Diagnostic> Validate(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var bag = new DiagnosticBag(null, null);
        SchemaCheck.Evaluate(JsonSerializer.SerializeToElement(definition, DefinitionJson.Options), bag);
        CheckDefinition(definition, bag);
        return bag.Sorted();
    }

    private ValidationResult ValidateDocument(JsonElement root, string? file, DiagnosticBag bag)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            bag.Add(DiagnosticCodes.DocumentNotObject, string.Empty, $"The document is a JSON {root.ValueKind.ToString().ToLowerInvariant()}; a definition is a JSON object.");
            return new ValidationResult(file, bag.Sorted());
        }

        if (root.TryGetProperty("schemaVersion", out var schemaVersion) && schemaVersion.ValueKind == JsonValueKind.Number
            && (!schemaVersion.TryGetInt32(out var version) || version != DefinitionJson.CurrentSchemaVersion))
        {
            bag.Add(DiagnosticCodes.UnsupportedSchemaVersion, "/schemaVersion", $"The document is written in schema version {schemaVersion.GetRawText()}; this engine reads version {DefinitionJson.CurrentSchemaVersion}.");
            return new ValidationResult(file, bag.Sorted());
        }

        SchemaCheck.Evaluate(root, bag);
        if (root.TryGetProperty("extends", out _))
        {
            var overlay = ModelBinder.Bind<ProcessOverlay>(root, bag);
            var resolved = overlay is null ? null : CheckOverlay(overlay, bag);
            return new ValidationResult(file, bag.Sorted()) { Overlay = overlay, Resolved = resolved };
        }

        var definition = ModelBinder.Bind<ProcessDefinition>(root, bag);
        if (definition is not null)
        {
            CheckDefinition(definition, bag);
        }

        return new ValidationResult(file, bag.Sorted()) { Definition = definition };
    }

    private void CheckDefinition(ProcessDefinition definition, DiagnosticBag bag)
    {
        var steps = new StepIndex(definition);
        StructureChecks.Run(definition, steps, bag);
        StepChecks.Run(definition, steps, stepTypes, bag);
        FlowChecks.Run(definition, steps, bag);
        ScriptChecks.Run(definition, steps, bag);
    }

    private ProcessDefinition? CheckOverlay(ProcessOverlay overlay, DiagnosticBag bag)
    {
        StructureChecks.CheckTitle(overlay.Title, "/title", "the overlay", bag, required: true);
        if (overlay.Extends is not { } extends || extends.Id.Length == 0)
        {
            return null;
        }

        var baseDefinition = catalog?.Find(extends.Id, extends.Version);
        if (baseDefinition is null)
        {
            var known = catalog?.Versions(extends.Id) ?? [];
            bag.Add(DiagnosticCodes.BaseDefinitionNotFound, "/extends", known.Count == 0
                ? $"The overlay extends '{extends}', but no definition '{extends.Id}' is available."
                : $"The overlay extends '{extends}', but the available versions of '{extends.Id}' are {string.Join(", ", known)}.");
            return null;
        }

        var resolution = OverlayResolver.Resolve(overlay, baseDefinition, bag);
        if (resolution.Definition is not { } resolved)
        {
            return null;
        }

        // Problems of the resolved definition are reported at the patch that caused them.
        var inner = new DiagnosticBag(null, null);
        CheckDefinition(resolved, inner);
        var index = new StepIndex(resolved);
        foreach (var diagnostic in inner.Items)
        {
            var pointer = MapToPatch(diagnostic.Path, index, resolution, overlay);
            bag.Add(new DiagnosticDescriptor(diagnostic.Code, diagnostic.Severity, string.Empty), pointer, "In the resolved definition: " + diagnostic.Message);
        }

        if (inner.HasErrors)
        {
            bag.Add(DiagnosticCodes.ResolvedDefinitionInvalid, "/extends", $"Every patch applies, but the definition the overlay resolves to has {inner.Items.Count(d => d.IsError)} error(s), reported at the patches that cause them.");
        }

        return inner.HasErrors ? null : resolved;
    }

    private static string MapToPatch(string resolvedPointer, StepIndex index, OverlayResolution resolution, ProcessOverlay overlay)
    {
        const string rules = "/rules/";
        if (resolvedPointer.StartsWith(rules, StringComparison.Ordinal))
        {
            var name = resolvedPointer[rules.Length..].Split('/')[0].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            return resolution.RuleProvenance.TryGetValue(name, out var rulePatch) ? $"/patches/{rulePatch}/source" : "/extends";
        }

        var provenance = resolution.StepProvenance;
        var location = index.All.FirstOrDefault(l => resolvedPointer == l.Pointer || resolvedPointer.StartsWith(l.Pointer + "/", StringComparison.Ordinal));
        if (location is null || !provenance.TryGetValue(location.Step.Id, out var patch))
        {
            return "/extends";
        }

        var rest = resolvedPointer[location.Pointer.Length..];
        return overlay.Patches[patch] is Model.Patches.AddStepPatch ? $"/patches/{patch}/step{rest}" : $"/patches/{patch}";
    }
}
