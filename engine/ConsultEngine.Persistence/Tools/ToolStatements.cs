using System.Globalization;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConsultEngine.Persistence.Tools;

/// <summary>The statements of the tool tables, generated once per store from its context's model.</summary>
internal sealed class ToolStatements
{
    public const string InstanceParameter = "instance";
    public const string StepParameter = "step";
    public const string UniqueKeyParameter = "unique_key";
    public const string IdParameter = "id";
    public const string FlagsParameter = "flags";
    public const string ThemesParameter = "themes";
    public const string ExcludeParameter = "exclude";
    public const string SubjectParameter = "subject";
    public const string ChannelParameter = "channel";
    public const string AttributeParameter = "attribute";
    public const string CollectionParameter = "collection";
    public const string KeyParameter = "key";
    public const string ValueParameter = "value";
    public const string AtParameter = "at";
    public const string VersionParameter = "version";
    public const string SequenceParameter = "sequence";

    /// <summary>The one-row table whose epoch a trigger raises whenever the holder of a unique key changes other than by an append.</summary>
    public const string KeyEpochTable = "tool_input_key_epoch";

    private static readonly int Withdrawn = (int)InputMarks.Withdrawn;

    public ToolStatements(ConsultDbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        Inputs = new RowTable<ToolInputRow>(context.Model, sql);
        Records = new RowTable<ToolRecordRow>(context.Model, sql);
        var i = Inputs;
        var (instance, step, uniqueKey, flags) = (i.Column(nameof(ToolInputRow.InstanceId)), i.Column(nameof(ToolInputRow.StepId)), i.Column(nameof(ToolInputRow.UniqueKey)), i.Column(nameof(ToolInputRow.Flags)));
        StepCondition = $"{instance} = {i.Placeholder(InstanceParameter)} AND {step} = {i.Placeholder(StepParameter)}";
        var id = i.Column(nameof(ToolInputRow.Id));
        var sequence = i.Column(nameof(ToolInputRow.Sequence));
        var atSequence = $"{sequence} = {i.Placeholder(SequenceParameter)}";
        var holds = string.Create(CultureInfo.InvariantCulture, $"({flags} & {Withdrawn}) = 0");

        // No conflict clause: the writer's registry of unique keys decides before it inserts (see UniqueKeyRegistry).
        InsertInput = new InsertStatement<ToolInputRow>(context.Model, sql, string.Empty, nameof(ToolInputRow.Sequence));
        InsertCompanionRecord = new InsertStatement<ToolRecordRow>(context.Model, sql, " ON CONFLICT DO NOTHING");
        InsertDeletionCode = new InsertStatement<Privacy.DeletionCodeRow>(context.Model, sql, string.Empty);
        HolderId = $"SELECT {id} FROM {i.TableName} WHERE {atSequence}";
        WithdrawAt = string.Create(CultureInfo.InvariantCulture, $"UPDATE {i.TableName} SET {flags} = {flags} | {Withdrawn} WHERE {atSequence} RETURNING {id}");
        KeyState = $"SELECT (SELECT epoch FROM {KeyEpochTable} WHERE id = 1), (SELECT MAX({sequence}) FROM {i.TableName})";
        KeyedSince = $"SELECT {sequence}, {instance}, {step}, {uniqueKey}, {flags} FROM {i.TableName} WHERE {sequence} > {i.Placeholder(SequenceParameter)} AND {uniqueKey} IS NOT NULL";
        StepKeys = $"SELECT {uniqueKey}, {sequence} FROM {i.TableName} WHERE {StepCondition} AND {uniqueKey} IS NOT NULL AND {holds} ORDER BY {sequence}";
        OtherKeyHolder = $"SELECT {id} FROM {i.TableName} WHERE {StepCondition} AND {holds} AND {id} <> {i.Placeholder(IdParameter)} AND {uniqueKey} = (SELECT {uniqueKey} FROM {i.TableName} WHERE {StepCondition} AND {id} = {i.Placeholder(IdParameter)}) LIMIT 1";
        SelectInputs = $"{i.SelectColumns} WHERE {StepCondition}";
        CountInputs = $"SELECT COUNT(*) FROM {i.TableName} WHERE {StepCondition}";
        InputOrder = $" ORDER BY {i.Column(nameof(ToolInputRow.Sequence))}";
        FindInput = $"{SelectInputs} AND {id} = {i.Placeholder(IdParameter)}";
        FindSequence = $"SELECT {sequence} FROM {i.TableName} WHERE {StepCondition} AND {id} = {i.Placeholder(IdParameter)}";
        UpdateInput = $"UPDATE {i.TableName} SET {flags} = {i.Placeholder(FlagsParameter)}, {i.Column(nameof(ToolInputRow.ThemesJson))} = {i.Placeholder(ThemesParameter)} WHERE {StepCondition} AND {id} = {i.Placeholder(IdParameter)}";

        var r = Records;
        var (collection, key, version) = (r.Column(nameof(ToolRecordRow.Collection)), r.Column(nameof(ToolRecordRow.Key)), r.Column(nameof(ToolRecordRow.Version)));
        var recordStep = $"{r.Column(nameof(ToolRecordRow.InstanceId))} = {r.Placeholder(InstanceParameter)} AND {r.Column(nameof(ToolRecordRow.StepId))} = {r.Placeholder(StepParameter)} AND {collection} = {r.Placeholder(CollectionParameter)}";
        var recordKey = $"{recordStep} AND {key} = {r.Placeholder(KeyParameter)}";
        var valueAndTime = $"{r.Column(nameof(ToolRecordRow.ValueJson))} = {r.Placeholder(ValueParameter)}, {r.Column(nameof(ToolRecordRow.UpdatedAt))} = {r.Placeholder(AtParameter)}";
        GetRecord = $"{r.SelectColumns} WHERE {recordKey}";
        ListRecords = $"{r.SelectColumns} WHERE {recordStep} ORDER BY {key}";
        UpdateRecordIfVersion = $"UPDATE {r.TableName} SET {valueAndTime}, {version} = {version} + 1 WHERE {recordKey} AND {version} = {r.Placeholder(VersionParameter)}";
        UpdateRecord = $"UPDATE {r.TableName} SET {valueAndTime}, {version} = {version} + 1 WHERE {recordKey} RETURNING {version}";
        DeleteRecord = $"DELETE FROM {r.TableName} WHERE {recordKey}";
    }

    public RowTable<ToolInputRow> Inputs { get; }

    public RowTable<ToolRecordRow> Records { get; }

    /// <summary>The inputs of one step: <c>instance_id = @instance AND step_id = @step</c>.</summary>
    public string StepCondition { get; }

    /// <summary>Inserts an input (the writer has checked its unique key).</summary>
    public InsertStatement<ToolInputRow> InsertInput { get; }

    /// <summary>Inserts a step record written with an input, unless its key exists (<see cref="InputCompanions.Record"/>).</summary>
    public InsertStatement<ToolRecordRow> InsertCompanionRecord { get; }

    /// <summary>Inserts the deletion code written with an input (<see cref="InputCompanions.DeletionCode"/>).</summary>
    public InsertStatement<Privacy.DeletionCodeRow> InsertDeletionCode { get; }

    /// <summary>The id of the input at a sequence.</summary>
    public string HolderId { get; }

    /// <summary>Marks the input at a sequence withdrawn and returns its id.</summary>
    public string WithdrawAt { get; }

    /// <summary>The sequence of one of the step's inputs by its id.</summary>
    public string FindSequence { get; }

    /// <summary>The key epoch and the highest sequence, in one row.</summary>
    public string KeyState { get; }

    /// <summary>Inputs with a unique key above a sequence: sequence, instance, step, key, flags.</summary>
    public string KeyedSince { get; }

    /// <summary>The step's inputs that hold their unique key: key, sequence.</summary>
    public string StepKeys { get; }

    /// <summary>Another input of the step that holds the unique key of the input <c>@id</c> (its id), if any.</summary>
    public string OtherKeyHolder { get; }

    /// <summary>Every column of the step's inputs; append conditions, then <see cref="InputOrder"/>.</summary>
    public string SelectInputs { get; }

    public string CountInputs { get; }

    /// <summary>Oldest first: commit order.</summary>
    public string InputOrder { get; }

    public string FindInput { get; }

    public string UpdateInput { get; }

    public string GetRecord { get; }

    public string ListRecords { get; }

    public string UpdateRecordIfVersion { get; }

    public string UpdateRecord { get; }

    public string DeleteRecord { get; }
}
