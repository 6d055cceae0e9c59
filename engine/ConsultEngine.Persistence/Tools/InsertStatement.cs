using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// A one-row <c>INSERT</c> generated from the EF Core model (column names, type mappings and value
/// converters, as <see cref="Storage.RowTable{TRow}"/> does), for the ingestion hot path. It is
/// split in two so that the one writer thread does as little as it can: <see cref="Values"/> turns a
/// row into the values SQLite stores (converters applied) on the caller's thread, and
/// <see cref="Prepared"/> binds them to a statement prepared once on the writer's connection by
/// position, through SQLite's own API (no per-execution look-up of parameter names, no command or
/// reader objects). The columns the database assigns (the sequence) are named and left out.
/// </summary>
internal sealed class InsertStatement<TRow>
    where TRow : class
{
    private readonly Column[] _columns;

    public InsertStatement(IModel model, ISqlGenerationHelper sql, string suffix, params string[] assignedByDatabase)
    {
        var entity = model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _columns = [.. entity.GetProperties()
            .Where(p => !assignedByDatabase.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => new Column(p.Name, sql.DelimitIdentifier(p.GetColumnName(table)!), p.GetRelationalTypeMapping(), p.GetGetter()))];
        // Numbered placeholders: the values bind by position, in column order.
        Sql = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(c => c.Name))}) " +
            $"VALUES ({string.Join(", ", _columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"?{i + 1}")))}){suffix}";
    }

    public string Sql { get; }

    /// <summary>The position of <paramref name="property"/>'s value in <see cref="Values"/>.</summary>
    public int SlotOf(string property)
    {
        var slot = Array.FindIndex(_columns, c => string.Equals(c.Property, property, StringComparison.Ordinal));
        return slot >= 0 ? slot : throw new ArgumentException($"{typeof(TRow).Name} has no inserted column for {property}.", nameof(property));
    }

    /// <summary>Sets one slot of <see cref="Values"/> (converter applied), for a value known only at write time.</summary>
    public void Set(object?[] values, int slot, object? value) => values[slot] = Store(_columns[slot], value);

    /// <summary>The values the row's columns store, in column order: converters applied, ready to bind.</summary>
    public object?[] Values(TRow row)
    {
        var values = new object?[_columns.Length];
        for (var i = 0; i < _columns.Length; i++)
        {
            values[i] = Store(_columns[i], _columns[i].Getter.GetClrValue(row));
        }

        return values;
    }

    /// <summary>Prepares the statement on the writer's connection.</summary>
    public Prepared Prepare(SqliteConnection connection) => new(connection, Sql);

    private static object? Store(Column column, object? value)
    {
        if (value is not null && column.Mapping.Converter is { } converter)
        {
            value = converter.ConvertToProvider(value);
        }

        // EF Core's SQLite mapping stores a GUID as upper-case text; the look-ups bind it the same way.
        return value is Guid guid ? guid.ToString("D").ToUpperInvariant() : value;
    }

    private sealed record Column(string Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter);

    /// <summary>The statement prepared on one connection; used by one thread at a time.</summary>
    internal sealed class Prepared : IDisposable
    {
        private readonly sqlite3 _database;
        private readonly sqlite3_stmt _statement;

        public Prepared(SqliteConnection connection, string sql)
        {
            _database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
            var rc = raw.sqlite3_prepare_v2(_database, sql, out _statement);
            SqliteException.ThrowExceptionForRC(rc, _database);
        }

        /// <summary>Inserts one row of <see cref="Values"/>; returns the rows changed (0 when a conflict clause skipped it).</summary>
        /// <exception cref="SqliteException">The statement failed (SQLite undid it; the transaction stays open for statement errors).</exception>
        public int Execute(object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                var rc = Bind(i + 1, values[i]);
                if (rc != raw.SQLITE_OK)
                {
                    raw.sqlite3_reset(_statement);
                    SqliteException.ThrowExceptionForRC(rc, _database);
                }
            }

            var step = raw.sqlite3_step(_statement);
            if (step == raw.SQLITE_DONE)
            {
                raw.sqlite3_reset(_statement);
                return raw.sqlite3_changes(_database);
            }

            // Reset returns the statement's error; the message of the connection says what it was.
            raw.sqlite3_reset(_statement);
            SqliteException.ThrowExceptionForRC(step, _database);
            throw new InvalidOperationException($"The insert ended with SQLite result {step}.");
        }

        /// <summary>The sequence (rowid) the last successful insert on this connection got.</summary>
        public long LastSequence => raw.sqlite3_last_insert_rowid(_database);

        public void Dispose() => _statement.Dispose();

        private int Bind(int index, object? value) => value switch
        {
            null => raw.sqlite3_bind_null(_statement, index),
            string text => raw.sqlite3_bind_text(_statement, index, text),
            long number => raw.sqlite3_bind_int64(_statement, index, number),
            int number => raw.sqlite3_bind_int64(_statement, index, number),
            bool flag => raw.sqlite3_bind_int64(_statement, index, flag ? 1 : 0),
            double real => raw.sqlite3_bind_double(_statement, index, real),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, index, bytes),
            _ => throw new NotSupportedException($"A {value.GetType().Name} value has no SQLite binding here; map the column to text, integer, real or blob."),
        };
    }
}
