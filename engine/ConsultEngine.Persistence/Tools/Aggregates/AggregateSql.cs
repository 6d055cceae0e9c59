namespace ConsultEngine.Persistence.Tools.Aggregates;

/// <summary>
/// The statements of the input aggregates (migration InputAggregates): a step's row says which questions
/// its cells tally (the plan) and through which input sequence they count; the cells hold the counts.
/// </summary>
internal static class AggregateSql
{
    public const string Steps = "input_aggregate_steps";
    public const string Cells = "input_aggregate_cells";

    /// <summary>The columns an input's cells are folded from, in the order <see cref="AggregateFold"/> reads them.</summary>
    public const string FoldColumns = """
        i."flags", i."channel", i."province", i."commune", i."district", i."gender", i."age_band", i."ethnicity", i."occupation", i."commune_code",
        i."answers_json", (i."text" IS NOT NULL AND i."text" <> ''), (i."unique_key" IS NOT NULL)
        """;

    public const int FoldColumnCount = 13;

    /// <summary>Inputs at a sequence that their step's cells already count, with the step's plan and key.</summary>
    public const string CountedAt = $"""
        SELECT {FoldColumns}, a."plan", i."instance_id", i."step_id" FROM "tool_inputs" i
        JOIN "{Steps}" a ON a."instance_id" = i."instance_id" AND a."step_id" = i."step_id" AND i."sequence" <= a."through_sequence"
        WHERE i."sequence" = @sequence
        """;

    public const string StepState = $"""
        SELECT a."plan", a."through_sequence", (SELECT MAX(i."sequence") FROM "tool_inputs" i WHERE i."instance_id" = @instance AND i."step_id" = @step)
        FROM (SELECT 1) LEFT JOIN "{Steps}" a ON a."instance_id" = @instance AND a."step_id" = @step
        """;

    public const string StepCells = $"""SELECT "cell", "count" FROM "{Cells}" WHERE "instance_id" = @instance AND "step_id" = @step AND "count" <> 0""";

    /// <summary>
    /// A step's inputs after a sequence, in order. The unary plus keeps SQLite off the step's index: a range of
    /// the table's own key is one sequential read, where the index path looks every row up in the table; the
    /// rows of other steps in the range are skipped by the filter (the first build of a step reads the table once).
    /// </summary>
    public const string InputsSince = $"""
        SELECT {FoldColumns}, i."sequence" FROM "tool_inputs" i
        WHERE i."sequence" > @sequence AND +i."instance_id" = @instance AND +i."step_id" = @step ORDER BY i."sequence"
        """;

    /// <summary>The same as <see cref="InputsSince"/>, at most @limit of them: one modest transaction of the background fold.</summary>
    public const string InputsSinceLimited = $"{InputsSince} LIMIT @limit";

    /// <summary>Every step whose plan is registered, with its watermark and its last input (the step's index answers the maximum).</summary>
    public const string Planned = $"""
        SELECT a."instance_id", a."step_id", a."through_sequence",
          (SELECT MAX(i."sequence") FROM "tool_inputs" i WHERE i."instance_id" = a."instance_id" AND i."step_id" = a."step_id")
        FROM "{Steps}" a
        """;

    public const string ForgetCells = $"""DELETE FROM "{Cells}" WHERE "instance_id" = @instance AND "step_id" = @step""";

    public const string PutStep = $"""
        INSERT INTO "{Steps}" ("instance_id", "step_id", "plan", "through_sequence") VALUES (@instance, @step, @plan, @sequence)
        ON CONFLICT ("instance_id", "step_id") DO UPDATE SET "plan" = excluded."plan", "through_sequence" = excluded."through_sequence"
        """;

    public const string AddCell = $"""
        INSERT INTO "{Cells}" ("instance_id", "step_id", "cell", "count") VALUES (@instance, @step, @cell, @count)
        ON CONFLICT ("instance_id", "step_id", "cell") DO UPDATE SET "count" = "count" + excluded."count"
        """;
}
