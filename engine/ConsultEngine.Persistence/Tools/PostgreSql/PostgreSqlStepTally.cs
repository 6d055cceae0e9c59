using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tools.Aggregates;

namespace ConsultEngine.Persistence.Tools.PostgreSql;

/// <summary>
/// A step's <see cref="InputTally"/> on PostgreSQL: the step's inputs folded in one read (one range scan of
/// the step's index). SQLite's incremental cells move a watermark of input sequences, which is sound there
/// because one writer at a time assigns them in commit order; on PostgreSQL several nodes' writers draw
/// sequences concurrently and commit them out of order, so a watermark could pass an input still uncommitted.
/// </summary>
internal static class PostgreSqlStepTally
{
    // The columns AggregateFold reads, with PostgreSQL's booleans as integers (no direct cast from boolean to bigint).
    private const string StepInputs = """
        SELECT i."flags", i."channel", i."province", i."commune", i."district", i."gender", i."age_band", i."ethnicity", i."occupation", i."commune_code",
          i."answers_json", (i."text" IS NOT NULL AND i."text" <> '')::int::int8, (i."unique_key" IS NOT NULL)::int::int8
        FROM "tool_inputs" i WHERE i."instance_id" = @instance AND i."step_id" = @step
        """;

    public static async ValueTask<InputTally> ReadAsync(IRelationalToolStore store, Guid instanceId, string stepId, IReadOnlyList<QuestionSpec> questions, CancellationToken cancellationToken)
    {
        var cells = await store.ReadAsync(async (session, token) =>
        {
            var builder = new InputTallyBuilder(questions);
            var attributes = new string?[InputTallyBuilder.Attributes.Count];
            var command = session.Command(StepInputs, transaction: null);
            store.Statements.Inputs.BindExtra(command, ToolStatements.InstanceParameter, nameof(ToolInputRow.InstanceId), instanceId);
            store.Statements.Inputs.BindExtra(command, ToolStatements.StepParameter, nameof(ToolInputRow.StepId), stepId);
            await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                AggregateFold.Add(builder, reader, attributes, 1);
            }

            return builder.Build();
        }, cancellationToken).ConfigureAwait(false);
        return new InputTally(cells);
    }
}
