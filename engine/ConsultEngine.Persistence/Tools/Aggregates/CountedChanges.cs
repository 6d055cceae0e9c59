using System.Data.Common;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Persistence.Tools.Aggregates;

/// <summary>
/// Keeps a step's aggregate cells right when an input they already count changes (a vote replaced, a
/// coder's marks, a person's own deletion): in the transaction of the change, the input is taken out as
/// it was and put back as it is. Inputs appended since the cells were last brought up to date are not
/// counted yet and need nothing. A change that clears only personal columns (the consultation's erasure)
/// calls nothing: the aggregates are kept by design.
/// </summary>
internal static class CountedChanges
{
    /// <summary>Reads how the inputs at <paramref name="sequences"/> are counted now, for <see cref="Apply"/> after the change.</summary>
    public static List<Counted> Before(DbConnection connection, DbTransaction? transaction, IEnumerable<long> sequences) =>
        [.. sequences.Select(s => Read(connection, transaction, s)).OfType<Counted>()];

    /// <summary>Takes the inputs out as <paramref name="before"/> read them and folds them in as they are now.</summary>
    public static void Apply(DbConnection connection, DbTransaction? transaction, IReadOnlyList<Counted> before)
    {
        foreach (var was in before)
        {
            var now = Read(connection, transaction, was.Sequence);
            var builder = new InputTallyBuilder(InputTally.QuestionsOf(was.Plan));
            was.Fold(builder, -1);
            now?.Fold(builder, 1);
            AggregateFold.Write(connection, transaction, was.InstanceId, was.StepId, builder.Build());
        }
    }

    /// <summary>The input at <paramref name="sequence"/> was just withdrawn by the writer (a replaced vote): only its withdrawn mark changed.</summary>
    public static void Withdrawn(DbConnection connection, DbTransaction? transaction, long sequence)
    {
        if (Read(connection, transaction, sequence) is not { } now)
        {
            return;
        }

        var builder = new InputTallyBuilder(InputTally.QuestionsOf(now.Plan));
        now.Fold(builder, -1, now.Flags & ~(int)InputMarks.Withdrawn);
        now.Fold(builder, 1);
        AggregateFold.Write(connection, transaction, now.InstanceId, now.StepId, builder.Build());
    }

    private static Counted? Read(DbConnection connection, DbTransaction? transaction, long sequence)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = AggregateSql.CountedAt;
        AggregateFold.Parameter(command, "@sequence", sequence);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var values = new object?[AggregateSql.FoldColumnCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
        }

        var n = AggregateSql.FoldColumnCount;
        return new Counted(sequence, reader.GetString(n), reader.GetValue(n + 1), reader.GetString(n + 2), values);
    }

    /// <summary>An input as its step's cells count it: the fold columns' values, and the step's plan and key.</summary>
    internal sealed record Counted(long Sequence, string Plan, object InstanceId, string StepId, object?[] Values)
    {
        public int Flags => Convert.ToInt32(Values[0], System.Globalization.CultureInfo.InvariantCulture);

        public void Fold(InputTallyBuilder builder, long weight, int? flags = null)
        {
            var attributes = new string?[InputTallyBuilder.Attributes.Count];
            for (var i = 0; i < attributes.Length; i++)
            {
                attributes[i] = Values[2 + i] as string;
            }

            builder.Add(flags ?? Flags, (string)Values[1]!, attributes, Values[10] as string, Convert.ToInt64(Values[11], System.Globalization.CultureInfo.InvariantCulture) != 0,
                Convert.ToInt64(Values[12], System.Globalization.CultureInfo.InvariantCulture) != 0, weight);
        }
    }
}
