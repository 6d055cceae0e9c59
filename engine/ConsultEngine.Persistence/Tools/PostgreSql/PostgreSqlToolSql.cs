using System.Globalization;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Privacy;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConsultEngine.Persistence.Tools.PostgreSql;

/// <summary>
/// The PostgreSQL statements of the ingestion writer. One vote per person is the database's: the partial
/// unique index of migration ToolInputUniqueKeys holds one input per (instance, step, unique key) among
/// those not withdrawn, and a keyed insert names that index in <c>ON CONFLICT ... DO NOTHING</c>, so an
/// insert that finds the key taken (by this node or another, committed or committing) changes no row.
/// </summary>
internal sealed class PostgreSqlToolSql
{
    /// <summary>The partial unique index of the keys (migration ToolInputUniqueKeys).</summary>
    public const string KeyIndex = "ux_tool_inputs_unique_key";

    /// <summary>The index's own predicate: <c>ON CONFLICT</c> infers the partial index only from the same condition.</summary>
    public static readonly string HoldsKey = string.Create(CultureInfo.InvariantCulture, $"\"unique_key\" IS NOT NULL AND (\"flags\" & {(int)InputMarks.Withdrawn}) = 0");

    public PostgreSqlToolSql(ConsultDbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        Input = new PostgreSqlInsert<ToolInputRow>(context.Model, sql, string.Empty, nameof(ToolInputRow.Sequence));
        // Every statement of a batch returns a result (a row or none), so the batch's results line up with its commands.
        InsertInput = $"{Input.Sql} RETURNING \"sequence\"";
        InsertUnlessKeyHeld = $"{Input.Sql} ON CONFLICT (\"instance_id\", \"step_id\", \"unique_key\") WHERE {HoldsKey} DO NOTHING RETURNING \"sequence\"";
        InsertRowsUnlessKeyHeld = Input.RowsSql($" ON CONFLICT (\"instance_id\", \"step_id\", \"unique_key\") WHERE {HoldsKey} DO NOTHING RETURNING \"id\"");
        Record = new PostgreSqlInsert<ToolRecordRow>(context.Model, sql, " ON CONFLICT DO NOTHING RETURNING 1");
        DeletionCode = new PostgreSqlInsert<DeletionCodeRow>(context.Model, sql, " RETURNING 1");
    }

    public PostgreSqlInsert<ToolInputRow> Input { get; }

    /// <summary>The insert of an input without a key (returns its sequence).</summary>
    public string InsertInput { get; }

    /// <summary>The insert of a keyed input: no row when another input of the step holds the key.</summary>
    public string InsertUnlessKeyHeld { get; }

    /// <summary>The inputs of a batch in one statement: the ids of those that went in (a keyed input whose key is held does not).</summary>
    public string InsertRowsUnlessKeyHeld { get; }

    /// <summary>A step record written with an input: kept as it is when its key exists.</summary>
    public PostgreSqlInsert<ToolRecordRow> Record { get; }

    public PostgreSqlInsert<DeletionCodeRow> DeletionCode { get; }

    /// <summary>Withdraws the holder of a key ($1 instance, $2 step, $3 key) and returns its id.</summary>
    public static string WithdrawHolder { get; } = string.Create(CultureInfo.InvariantCulture,
        $"UPDATE \"tool_inputs\" SET \"flags\" = \"flags\" | {(int)InputMarks.Withdrawn} WHERE \"instance_id\" = $1 AND \"step_id\" = $2 AND \"unique_key\" = $3 AND {HoldsKey} RETURNING \"id\"");

    /// <summary>The id of the holder of a key ($1 instance, $2 step, $3 key).</summary>
    public static string HolderOf { get; } = $"SELECT \"id\" FROM \"tool_inputs\" WHERE \"instance_id\" = $1 AND \"step_id\" = $2 AND \"unique_key\" = $3 AND {HoldsKey}";
}
