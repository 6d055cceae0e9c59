using System.Data.Common;
using ConsultEngine.Persistence.Model;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// The reads every advance makes (the instance row, the states of the steps it touches, the
/// timers of a step), as prepared statements by primary key or by index. The rarer list and
/// queue reads stay EF Core LINQ queries (<see cref="StoreQueries"/>).
/// </summary>
internal sealed class HotReads
{
    private const string InstanceParameter = "instance";
    private const string StepParameter = "step";

    private readonly StoreTables _tables;
    private readonly string _instance;
    private readonly string _revision;
    private readonly string _stepTimers;
    private readonly string _stepsPrefix;

    public HotReads(StoreTables tables)
    {
        _tables = tables;
        var (instances, steps, timers) = (tables.Instances, tables.Steps, tables.Timers);
        _instance = $"{instances.SelectColumns} WHERE {instances.Column(nameof(InstanceRow.Id))} = {instances.Placeholder(InstanceParameter)}";
        _revision = $"SELECT {instances.Column(nameof(InstanceRow.Revision))} FROM {instances.TableName} WHERE {instances.Column(nameof(InstanceRow.Id))} = {instances.Placeholder(InstanceParameter)}";
        _stepsPrefix = $"{steps.SelectColumns} WHERE {steps.Column(nameof(StepStateRow.InstanceId))} = {steps.Placeholder(InstanceParameter)} AND {steps.Column(nameof(StepStateRow.StepId))} IN (";
        _stepTimers = $"{timers.SelectColumns} WHERE {timers.Column(nameof(TimerRow.InstanceId))} = {timers.Placeholder(InstanceParameter)} AND {timers.Column(nameof(TimerRow.StepId))} = {timers.Placeholder(StepParameter)} ORDER BY {timers.Column(nameof(TimerRow.DueAt))}";
    }

    public async Task<InstanceRow?> InstanceAsync(StoreSession session, Guid id, CancellationToken cancellationToken)
    {
        var command = session.Command(_instance, transaction: null);
        _tables.Instances.BindExtra(command, InstanceParameter, nameof(InstanceRow.Id), id);
        var rows = await ReadAsync(command, _tables.Instances, cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>Only the instance's revision (what a cached view of it is checked against): one integer, not the row with its variables.</summary>
    public async Task<long?> RevisionAsync(StoreSession session, Guid id, CancellationToken cancellationToken)
    {
        var command = session.Command(_revision, transaction: null);
        _tables.Instances.BindExtra(command, InstanceParameter, nameof(InstanceRow.Id), id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt64(0) : null;
    }

    /// <summary>One statement per number of ids (an advance names one to a handful), each prepared once.</summary>
    public Task<List<StepStateRow>> StepsAsync(StoreSession session, Guid instanceId, IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken)
    {
        var table = _tables.Steps;
        var sql = _stepsPrefix + string.Join(", ", Enumerable.Range(0, stepIds.Count).Select(i => table.Placeholder($"{StepParameter}{i}"))) + ")";
        var command = session.Command(sql, transaction: null);
        table.BindExtra(command, InstanceParameter, nameof(StepStateRow.InstanceId), instanceId);
        var index = 0;
        foreach (var stepId in stepIds)
        {
            table.BindExtra(command, $"{StepParameter}{index++}", nameof(StepStateRow.StepId), stepId);
        }

        return ReadAsync(command, table, cancellationToken);
    }

    public Task<List<TimerRow>> StepTimersAsync(StoreSession session, Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        var command = session.Command(_stepTimers, transaction: null);
        _tables.Timers.BindExtra(command, InstanceParameter, nameof(TimerRow.InstanceId), instanceId);
        _tables.Timers.BindExtra(command, StepParameter, nameof(TimerRow.StepId), stepId);
        return ReadAsync(command, _tables.Timers, cancellationToken);
    }

    private static async Task<List<TRow>> ReadAsync<TRow>(DbCommand command, RowTable<TRow> table, CancellationToken cancellationToken)
        where TRow : class
    {
        var rows = new List<TRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(table.Read(reader));
        }

        return rows;
    }
}
