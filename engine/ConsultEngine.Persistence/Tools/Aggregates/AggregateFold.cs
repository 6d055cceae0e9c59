using System.Data.Common;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Persistence.Tools.Aggregates;

/// <summary>Folds input rows read with <see cref="AggregateSql.FoldColumns"/> into a tally, and writes a tally's cells.</summary>
internal static class AggregateFold
{
    /// <summary>Folds the reader's current row (its first <see cref="AggregateSql.FoldColumnCount"/> columns) with a weight; <paramref name="flags"/> overrides the stored flags.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Add(InputTallyBuilder builder, DbDataReader reader, string?[] attributes, long weight, int? flags = null)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            attributes[i] = reader.IsDBNull(2 + i) ? null : reader.GetString(2 + i);
        }

        builder.Add(
            flags ?? reader.GetInt32(0),
            reader.GetString(1),
            attributes,
            reader.IsDBNull(10) ? null : reader.GetString(10),
            reader.GetInt64(11) != 0,
            reader.GetInt64(12) != 0,
            weight);
    }

    /// <summary>Adds the cells to a step's counts (in the caller's transaction).</summary>
    public static void Write(DbConnection connection, DbTransaction? transaction, object instanceId, string stepId, IReadOnlyDictionary<string, long> cells)
    {
        if (cells.Count == 0)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = AggregateSql.AddCell;
        var cell = Parameter(command, "@cell", string.Empty);
        var count = Parameter(command, "@count", 0L);
        Parameter(command, "@instance", instanceId);
        Parameter(command, "@step", stepId);
        command.Prepare();
        foreach (var (key, value) in cells)
        {
            cell.Value = key;
            count.Value = value;
            command.ExecuteNonQuery();
        }
    }

    public static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
