using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ConsultEngine.Persistence.Tools.PostgreSql;

/// <summary>
/// A one-row <c>INSERT</c> for PostgreSQL generated from the EF Core model, the counterpart of
/// <see cref="InsertStatement{TRow}"/>: <see cref="Values"/> turns a row into stored values (converters
/// applied) on the caller's thread, and <see cref="Command"/> binds them by position with each column's
/// fixed type, so every execution has the same shape and the writer's connection prepares it once.
/// </summary>
internal sealed class PostgreSqlInsert<TRow>
    where TRow : class
{
    private readonly Column[] _columns;

    public PostgreSqlInsert(IModel model, ISqlGenerationHelper sql, string suffix, params string[] assignedByDatabase)
    {
        var entity = model.FindEntityType(typeof(TRow)) ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        _columns = [.. entity.GetProperties()
            .Where(p => !assignedByDatabase.Contains(p.Name, StringComparer.Ordinal))
            .Select(p => new Column(p.Name, sql.DelimitIdentifier(p.GetColumnName(table)!), p.GetRelationalTypeMapping(), p.GetGetter()))];
        var placeholders = string.Join(", ", _columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"${i + 1}")));
        _into = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", _columns.Select(c => c.Name))})";
        Sql = $"{_into} VALUES ({placeholders}){suffix}";
        _rows = $"{_into} SELECT * FROM unnest({placeholders})";
    }

    private readonly string _into;
    private readonly string _rows;

    public string Sql { get; }

    /// <summary>The insert of many rows in one statement (one array parameter a column, unnested), followed by <paramref name="suffix"/>.</summary>
    public string RowsSql(string suffix) => _rows + suffix;

    /// <summary>A batch command of <see cref="RowsSql"/> bound to the rows' <see cref="Values"/>, column by column.</summary>
    public NpgsqlBatchCommand Rows(string sql, IReadOnlyList<object?[]> rows)
    {
        var command = new NpgsqlBatchCommand(sql);
        for (var i = 0; i < _columns.Length; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | _columns[i].Type, Value = ColumnOf(rows, i, _columns[i].Type) });
        }

        return command;
    }

    private static Array ColumnOf(IReadOnlyList<object?[]> rows, int column, NpgsqlDbType type) => type switch
    {
        NpgsqlDbType.Text => rows.Select(r => (string?)r[column]).ToArray(),
        NpgsqlDbType.Bigint => rows.Select(r => (long?)r[column]).ToArray(),
        NpgsqlDbType.Integer => rows.Select(r => (int?)r[column]).ToArray(),
        NpgsqlDbType.Uuid => rows.Select(r => (Guid?)r[column]).ToArray(),
        NpgsqlDbType.Boolean => rows.Select(r => (bool?)r[column]).ToArray(),
        NpgsqlDbType.Double => rows.Select(r => (double?)r[column]).ToArray(),
        _ => rows.Select(r => (byte[]?)r[column]).ToArray(),
    };

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

    /// <summary>A batch command of this insert (<paramref name="sql"/> when given: the same columns with another suffix) bound to <paramref name="values"/>.</summary>
    public NpgsqlBatchCommand Command(object?[] values, string? sql = null)
    {
        var command = new NpgsqlBatchCommand(sql ?? Sql);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = _columns[i].Type, Value = values[i] ?? DBNull.Value });
        }

        return command;
    }

    private static object? Store(Column column, object? value) =>
        value is not null && column.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;

    private static NpgsqlDbType TypeOf(RelationalTypeMapping mapping)
    {
        var type = Nullable.GetUnderlyingType(mapping.Converter?.ProviderClrType ?? mapping.ClrType) ?? mapping.Converter?.ProviderClrType ?? mapping.ClrType;
        return type == typeof(string) ? NpgsqlDbType.Text
            : type == typeof(long) ? NpgsqlDbType.Bigint
            : type == typeof(int) ? NpgsqlDbType.Integer
            : type == typeof(Guid) ? NpgsqlDbType.Uuid
            : type == typeof(bool) ? NpgsqlDbType.Boolean
            : type == typeof(double) ? NpgsqlDbType.Double
            : type == typeof(byte[]) ? NpgsqlDbType.Bytea
            : throw new NotSupportedException($"A {type.Name} column has no PostgreSQL binding here; map it to text, integer, uuid, boolean, double or bytea.");
    }

    private sealed record Column(string Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        public NpgsqlDbType Type { get; } = TypeOf(Mapping);
    }
}
