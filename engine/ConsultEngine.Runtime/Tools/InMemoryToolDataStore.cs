using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Runtime.Tools;

/// <summary>
/// Tool data kept in memory, for tests, simulations and benchmarks: the same semantics as the
/// relational store (unique keys, replace, versioned records), nothing survives the process.
/// Thread-safe: one lock for the whole store.
/// </summary>
public sealed class InMemoryToolDataStore(TimeProvider? clock = null) : IToolDataStore
{
    private readonly Lock _gate = new();
    private readonly List<ConsultationInput> _inputs = [];
    private readonly Dictionary<(Guid Instance, string Step, string Collection, string Key), ToolRecord> _records = [];
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public IToolInputs Inputs(Guid instanceId, string stepId) => new StepInputs(this, instanceId, stepId);

    public IToolRecords Records(Guid instanceId, string stepId) => new StepRecords(this, instanceId, stepId);

    /// <summary>Every input held, of every step, in the order stored (tests check what tools wrote).</summary>
    public IReadOnlyList<ConsultationInput> AllInputs()
    {
        lock (_gate)
        {
            return [.. _inputs];
        }
    }

    /// <summary>Every tool record held, of every step.</summary>
    public IReadOnlyList<ToolRecord> AllRecords()
    {
        lock (_gate)
        {
            return [.. _records.Values];
        }
    }

    private sealed class StepInputs(InMemoryToolDataStore store, Guid instanceId, string stepId) : IToolInputs
    {
        public ValueTask<AppendResult> AppendAsync(ConsultationInput input, UniqueKeyConflict onConflict = UniqueKeyConflict.Refuse, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(input);
            if (input.InstanceId != instanceId || !string.Equals(input.StepId, stepId, StringComparison.Ordinal))
            {
                throw new ArgumentException("The input belongs to another step.", nameof(input));
            }

            lock (store._gate)
            {
                if (store._inputs.Any(i => i.Id == input.Id))
                {
                    throw new ArgumentException($"An input with id {input.Id} is stored already.", nameof(input));
                }

                AppendResult result = new(AppendStatus.Stored);
                if (input.UniqueKey is not null)
                {
                    var index = store._inputs.FindIndex(i => Mine(i) && !i.Is(InputMarks.Withdrawn) && string.Equals(i.UniqueKey, input.UniqueKey, StringComparison.Ordinal));
                    if (index >= 0)
                    {
                        var previous = store._inputs[index];
                        if (onConflict == UniqueKeyConflict.Refuse)
                        {
                            return ValueTask.FromResult(new AppendResult(AppendStatus.Conflict, previous.Id));
                        }

                        store._inputs[index] = previous with { Flags = previous.Flags | InputMarks.Withdrawn };
                        result = new AppendResult(AppendStatus.Replaced, previous.Id);
                    }
                }

                store._inputs.Add(input with { RecordedAt = store._clock.GetUtcNow() });
                return ValueTask.FromResult(result);
            }
        }

        public ValueTask<IReadOnlyList<ConsultationInput>> ReadAsync(InputQuery query, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(query);
            lock (store._gate)
            {
                return ValueTask.FromResult<IReadOnlyList<ConsultationInput>>(store._inputs.Where(i => Mine(i) && query.Matches(i)).ToList());
            }
        }

        public ValueTask<int> CountAsync(InputQuery query, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(query);
            lock (store._gate)
            {
                return ValueTask.FromResult(store._inputs.Count(i => Mine(i) && query.Matches(i)));
            }
        }

        public ValueTask<ConsultationInput?> FindAsync(Guid inputId, CancellationToken cancellationToken = default)
        {
            lock (store._gate)
            {
                return ValueTask.FromResult(store._inputs.FirstOrDefault(i => i.Id == inputId && Mine(i)));
            }
        }

        public ValueTask UpdateAsync(Guid inputId, InputMarks flags, IReadOnlyList<string> themes, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(themes);
            lock (store._gate)
            {
                var index = store._inputs.FindIndex(i => i.Id == inputId && Mine(i));
                if (index < 0)
                {
                    throw new ToolException(ToolCodes.InputNotFound, $"The step '{stepId}' has no input {inputId}.") { InstanceId = instanceId, StepId = stepId };
                }

                store._inputs[index] = store._inputs[index] with { Flags = flags, Themes = [.. themes] };
                return ValueTask.CompletedTask;
            }
        }

        private bool Mine(ConsultationInput input) => input.InstanceId == instanceId && string.Equals(input.StepId, stepId, StringComparison.Ordinal);
    }

    private sealed class StepRecords(InMemoryToolDataStore store, Guid instanceId, string stepId) : IToolRecords
    {
        public ValueTask<ToolRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default)
        {
            lock (store._gate)
            {
                return ValueTask.FromResult(store._records.GetValueOrDefault((instanceId, stepId, collection, key)));
            }
        }

        public ValueTask<IReadOnlyList<ToolRecord>> ListAsync(string collection, CancellationToken cancellationToken = default)
        {
            lock (store._gate)
            {
                return ValueTask.FromResult<IReadOnlyList<ToolRecord>>(store._records
                    .Where(r => r.Key.Instance == instanceId && r.Key.Step == stepId && r.Key.Collection == collection)
                    .Select(r => r.Value)
                    .OrderBy(r => r.Key, StringComparer.Ordinal)
                    .ToList());
            }
        }

        public ValueTask<bool> TryInsertAsync(string collection, string key, JsonElement value, CancellationToken cancellationToken = default)
        {
            lock (store._gate)
            {
                return ValueTask.FromResult(store._records.TryAdd((instanceId, stepId, collection, key), new ToolRecord(collection, key, value.Clone(), 1, store._clock.GetUtcNow())));
            }
        }

        public ValueTask<long> PutAsync(string collection, string key, JsonElement value, long? expectedVersion = null, CancellationToken cancellationToken = default)
        {
            lock (store._gate)
            {
                var id = (instanceId, stepId, collection, key);
                var current = store._records.GetValueOrDefault(id)?.Version ?? 0;
                if (expectedVersion is { } expected && expected != current)
                {
                    throw new ToolException(ToolCodes.RecordConflict, $"The record '{collection}/{key}' is at version {current}, not {expected}.") { InstanceId = instanceId, StepId = stepId };
                }

                store._records[id] = new ToolRecord(collection, key, value.Clone(), current + 1, store._clock.GetUtcNow());
                return ValueTask.FromResult(current + 1);
            }
        }

        public ValueTask<bool> DeleteAsync(string collection, string key, CancellationToken cancellationToken = default)
        {
            lock (store._gate)
            {
                return ValueTask.FromResult(store._records.Remove((instanceId, stepId, collection, key)));
            }
        }
    }
}
