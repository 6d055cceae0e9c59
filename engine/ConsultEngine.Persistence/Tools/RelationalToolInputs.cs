using System.Data.Common;
using System.Text;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tools.Aggregates;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// The inputs of one step, on either provider. Appends go through the store's group-commit writer;
/// reads are statements on the (instance, step, sequence) index, with the <see cref="InputQuery"/>
/// translated to SQL conditions.
/// </summary>
internal sealed class RelationalToolInputs(IRelationalToolStore store, Guid instanceId, string stepId) : IToolInputs, IAppendsWithCompanions
{
    public ValueTask<AppendResult> AppendAsync(ConsultationInput input, UniqueKeyConflict onConflict = UniqueKeyConflict.Refuse, CancellationToken cancellationToken = default) =>
        AppendAsync(input, onConflict, null, cancellationToken);

    public ValueTask<AppendResult> AppendAsync(ConsultationInput input, UniqueKeyConflict onConflict, InputCompanions? companions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (companions?.DeletionCode is { } code && (code.InstanceId != instanceId || !string.Equals(code.StepId, stepId, StringComparison.Ordinal) || !code.InputIds.Contains(input.Id)))
        {
            throw new ArgumentException("A deletion code written with an input is of the input's step and names the input.", nameof(companions));
        }

        if (input.InstanceId != instanceId || !string.Equals(input.StepId, stepId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The input belongs to {input.InstanceId}/{input.StepId}, not to this step ({instanceId}/{stepId}).", nameof(input));
        }

        if (!Enum.IsDefined(onConflict))
        {
            throw new ArgumentOutOfRangeException(nameof(onConflict), onConflict, "Not a unique-key policy.");
        }

        return store.AppendAsync(input.ToRow(), onConflict, companions, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<ConsultationInput>> ReadAsync(InputQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await store.ReadAsync(async (session, token) =>
        {
            var statements = store.Statements;
            var command = Command(session, statements.SelectInputs, query, statements.InputOrder);
            var inputs = new List<ConsultationInput>();
            await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            while (await reader.ReadAsync(token).ConfigureAwait(false))
            {
                inputs.Add(statements.Inputs.Read(reader).ToInput());
            }

            return (IReadOnlyList<ConsultationInput>)inputs;
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<int> CountAsync(InputQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await store.ReadAsync(async (session, token) =>
        {
            var command = Command(session, store.Statements.CountInputs, query, string.Empty);
            return Convert.ToInt32(await command.ExecuteScalarAsync(token).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<ConsultationInput?> FindAsync(Guid inputId, CancellationToken cancellationToken = default) =>
        await store.ReadAsync(async (session, token) =>
        {
            var statements = store.Statements;
            var command = StepCommand(session, statements.FindInput, transaction: null);
            statements.Inputs.BindExtra(command, ToolStatements.IdParameter, nameof(ToolInputRow.Id), inputId);
            await using var reader = await command.ExecuteReaderAsync(token).ConfigureAwait(false);
            return await reader.ReadAsync(token).ConfigureAwait(false) ? statements.Inputs.Read(reader).ToInput() : null;
        }, cancellationToken).ConfigureAwait(false);

    public async ValueTask UpdateAsync(Guid inputId, InputMarks flags, IReadOnlyList<string> themes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(themes);
        var themesJson = ToolRowMapping.ThemesJson(themes);
        var changed = await store.WriteAsync(async (session, transaction, token) =>
        {
            var statements = store.Statements;
            if ((flags & InputMarks.Withdrawn) == 0)
            {
                // Clearing (or keeping clear) the withdrawn mark: the input must not take a unique key
                // that another input of the step holds now. Inside the write transaction, so no append
                // can take the key in between; the writer learns of the change through the key epoch.
                var holder = StepCommand(session, statements.OtherKeyHolder, transaction);
                statements.Inputs.BindExtra(holder, ToolStatements.IdParameter, nameof(ToolInputRow.Id), inputId);
                if (await holder.ExecuteScalarAsync(token).ConfigureAwait(false) is not null and not DBNull)
                {
                    throw new ToolException(ToolCodes.AlreadySubmitted, $"Another input of the step holds the unique key of input {inputId}.")
                    {
                        InstanceId = instanceId,
                        StepId = stepId,
                    };
                }
            }

            var find = StepCommand(session, statements.FindSequence, transaction);
            statements.Inputs.BindExtra(find, ToolStatements.IdParameter, nameof(ToolInputRow.Id), inputId);
            var counted = store.KeepsAggregateCells && await find.ExecuteScalarAsync(token).ConfigureAwait(false) is long sequence
                ? CountedChanges.Before(session.Connection, transaction, [sequence])
                : [];
            var command = StepCommand(session, statements.UpdateInput, transaction);
            statements.Inputs.BindExtra(command, ToolStatements.IdParameter, nameof(ToolInputRow.Id), inputId);
            statements.Inputs.BindExtra(command, ToolStatements.FlagsParameter, nameof(ToolInputRow.Flags), (int)flags);
            statements.Inputs.BindExtra(command, ToolStatements.ThemesParameter, nameof(ToolInputRow.ThemesJson), themesJson);
            var changed = await command.ExecuteNonQueryAsync(token).ConfigureAwait(false);
            CountedChanges.Apply(session.Connection, transaction, counted);
            return changed;
        }, cancellationToken).ConfigureAwait(false);

        if (changed == 0)
        {
            throw new ToolException(ToolCodes.InputNotFound, $"Input {inputId} is not one of this step's.")
            {
                InstanceId = instanceId,
                StepId = stepId,
            };
        }
    }

    /// <summary>The step's tally (on SQLite from its aggregate cells, brought up to date with the inputs appended since the last call).</summary>
    public ValueTask<InputTally> TallyAsync(IReadOnlyList<QuestionSpec> questions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(questions);
        return store.TallyAsync(instanceId, stepId, questions, cancellationToken);
    }

    /// <summary>The step's statement <paramref name="sql"/> with the query's conditions; one prepared statement per shape of query.</summary>
    private DbCommand Command(StoreSession session, string sql, InputQuery query, string suffix)
    {
        var table = store.Statements.Inputs;
        var text = new StringBuilder(sql);
        var binds = new List<(string Name, string Property, object? Value)>(4);
        if (query.ExcludeFlags != InputMarks.None)
        {
            text.Append(" AND (").Append(table.Column(nameof(ToolInputRow.Flags))).Append(" & ").Append(table.Placeholder(ToolStatements.ExcludeParameter)).Append(") = 0");
            binds.Add((ToolStatements.ExcludeParameter, nameof(ToolInputRow.Flags), (int)query.ExcludeFlags));
        }

        if (query.Subject is { } subject)
        {
            text.Append(" AND ").Append(table.Column(nameof(ToolInputRow.Subject))).Append(" = ").Append(table.Placeholder(ToolStatements.SubjectParameter));
            binds.Add((ToolStatements.SubjectParameter, nameof(ToolInputRow.Subject), subject));
        }

        if (query.Channel is { } channel)
        {
            text.Append(" AND ").Append(table.Column(nameof(ToolInputRow.Channel))).Append(" = ").Append(table.Placeholder(ToolStatements.ChannelParameter));
            binds.Add((ToolStatements.ChannelParameter, nameof(ToolInputRow.Channel), ToolRowMapping.ChannelName(channel)));
        }

        if (query.Respondent is { } filter)
        {
            // As InputQuery.Matches: an attribute that is not one of the names has no value.
            var property = ToolRowMapping.AttributeProperty(filter.Attribute);
            if (property is null)
            {
                text.Append(filter.Value is null ? string.Empty : " AND 0 = 1");
            }
            else if (filter.Value is null)
            {
                text.Append(" AND ").Append(table.Column(property)).Append(" IS NULL");
            }
            else
            {
                text.Append(" AND ").Append(table.Column(property)).Append(" = ").Append(table.Placeholder(ToolStatements.AttributeParameter));
                binds.Add((ToolStatements.AttributeParameter, property, filter.Value));
            }
        }

        var command = StepCommand(session, text.Append(suffix).ToString(), transaction: null);
        foreach (var (name, property, value) in binds)
        {
            table.BindExtra(command, name, property, value);
        }

        return command;
    }

    private DbCommand StepCommand(StoreSession session, string sql, DbTransaction? transaction)
    {
        var table = store.Statements.Inputs;
        var command = session.Command(sql, transaction);
        table.BindExtra(command, ToolStatements.InstanceParameter, nameof(ToolInputRow.InstanceId), instanceId);
        table.BindExtra(command, ToolStatements.StepParameter, nameof(ToolInputRow.StepId), stepId);
        return command;
    }
}
