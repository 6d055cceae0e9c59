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

    private static readonly int Withdrawn = (int)InputMarks.Withdrawn;

    public ToolStatements(ConsultDbContext context)
    {
        var sql = context.GetService<ISqlGenerationHelper>();
        Inputs = new RowTable<ToolInputRow>(context.Model, sql);
        Records = new RowTable<ToolRecordRow>(context.Model, sql);
        var i = Inputs;
        var (instance, step, uniqueKey, flags) = (i.Column(nameof(ToolInputRow.InstanceId)), i.Column(nameof(ToolInputRow.StepId)), i.Column(nameof(ToolInputRow.UniqueKey)), i.Column(nameof(ToolInputRow.Flags)));
        var holdsKey = string.Create(CultureInfo.InvariantCulture, $"{uniqueKey} IS NOT NULL AND ({flags} & {Withdrawn}) = 0");
        StepCondition = $"{instance} = {i.Placeholder(InstanceParameter)} AND {step} = {i.Placeholder(StepParameter)}";
        var keyHolder = $"{StepCondition} AND {uniqueKey} = {i.Placeholder(UniqueKeyParameter)} AND ({flags} & {Withdrawn.ToString(CultureInfo.InvariantCulture)}) = 0";
        var id = i.Column(nameof(ToolInputRow.Id));

        // The conflict target names the partial unique index (its WHERE included), so a taken key
        // inserts nothing and reports 0 changes, while any other constraint (a repeated id) still fails.
        InsertInput = new InsertStatement<ToolInputRow>(context.Model, sql, $" ON CONFLICT ({instance}, {step}, {uniqueKey}) WHERE {holdsKey} DO NOTHING", nameof(ToolInputRow.Sequence));
        KeyHolder = $"SELECT {id} FROM {i.TableName} WHERE {keyHolder}";
        WithdrawKeyHolder = string.Create(CultureInfo.InvariantCulture, $"UPDATE {i.TableName} SET {flags} = {flags} | {Withdrawn} WHERE {keyHolder} RETURNING {id}");
        SelectInputs = $"{i.SelectColumns} WHERE {StepCondition}";
        CountInputs = $"SELECT COUNT(*) FROM {i.TableName} WHERE {StepCondition}";
        InputOrder = $" ORDER BY {i.Column(nameof(ToolInputRow.Sequence))}";
        FindInput = $"{SelectInputs} AND {id} = {i.Placeholder(IdParameter)}";
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

    /// <summary>Inserts an input unless a non-withdrawn input of its step holds its unique key (0 changes then).</summary>
    public InsertStatement<ToolInputRow> InsertInput { get; }

    /// <summary>The id of the step's input that holds a unique key now.</summary>
    public string KeyHolder { get; }

    /// <summary>Marks the holder of a unique key withdrawn and returns its id.</summary>
    public string WithdrawKeyHolder { get; }

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
