using System.Text.Json;
using ConsultEngine.Persistence.Privacy;

namespace ConsultEngine.Persistence.Tools;

/// <summary>The rows of an input's <see cref="InputCompanions"/> as SQLite stores them, made on the caller's thread (the writer only binds).</summary>
internal sealed record CompanionValues(object?[]? Record, object?[]? DeletionCode)
{
    public static CompanionValues Of(ToolStatements statements, ToolInputRow input, InputCompanions companions, DateTimeOffset now)
    {
        var record = companions.Record is { } r
            ? statements.InsertCompanionRecord.Values(new ToolRecordRow
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
        var code = companions.DeletionCode is { } d
            ? statements.InsertDeletionCode.Values(new DeletionCodeRow
            {
                CodeHash = d.CodeHash,
                InstanceId = d.InstanceId,
                StepId = d.StepId,
                InputIdsJson = JsonSerializer.Serialize(d.InputIds),
                IdentifierHash = d.IdentifierHash,
                CreatedAt = d.CreatedAt,
            })
            : null;
        return new CompanionValues(record, code);
    }
}
