using System.Text.Json;
using ConsultEngine.Persistence.Privacy;

namespace ConsultEngine.Persistence.Tools;

/// <summary>The rows of an input's <see cref="InputCompanions"/> as the database stores them, made on the caller's thread (the writer only binds).</summary>
internal sealed record CompanionValues(object?[]? Record, object?[]? DeletionCode)
{
    public static CompanionValues Of(ToolStatements statements, ToolInputRow input, InputCompanions companions, DateTimeOffset now) =>
        Of(input, companions, now, statements.InsertCompanionRecord.Values, statements.InsertDeletionCode.Values);

    /// <summary>The companions' rows turned into a provider's stored values by <paramref name="record"/> and <paramref name="code"/>.</summary>
    public static CompanionValues Of(ToolInputRow input, InputCompanions companions, DateTimeOffset now, Func<ToolRecordRow, object?[]> record, Func<DeletionCodeRow, object?[]> code)
    {
        var recordValues = companions.Record is { } r
            ? record(new ToolRecordRow
            {
                InstanceId = input.InstanceId,
                StepId = input.StepId,
                Collection = r.Collection,
                Key = r.Key,
                ValueJson = r.Value.ValueKind == JsonValueKind.Undefined ? throw new ArgumentException("A record needs a JSON value.", nameof(companions)) : r.Value.GetRawText(),
                Version = 1,
                UpdatedAt = now,
            })
            : null;
        var codeValues = companions.DeletionCode is { } d
            ? code(new DeletionCodeRow
            {
                CodeHash = d.CodeHash,
                InstanceId = d.InstanceId,
                StepId = d.StepId,
                InputIdsJson = JsonSerializer.Serialize(d.InputIds),
                IdentifierHash = d.IdentifierHash,
                CreatedAt = d.CreatedAt,
            })
            : null;
        return new CompanionValues(recordValues, codeValues);
    }
}
